package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese, Japanese and Korean résumés render through the real jar, in a JVM started with the launcher's own
 * options (its heap cap), with each TrueType CJK font the README recommends: the text is in the PDF and the
 * font is embedded. The heap left after each collection stays far below the cap, so a document is never one font
 * away from running out of memory. Each font is put first with {@code CVPRESS_FONT_DIRS}; a font not installed
 * here is skipped.
 */
class MachineFontsUnderLauncherHeapIT {
  @TempDir Path dir;

  /** What one CJK résumé may keep on the heap after a collection: a fraction of the launcher's cap. */
  private static final long MAX_LIVE_MB = 200;

  /** The launcher's JVM options for one résumé, as bin/cvpress gives them. */
  static List<String> launcherOptions() throws IOException {
    Matcher m = Pattern.compile("(?m)^jvm_opts=\\(([^)]*)\\)").matcher(Files.readString(Path.of("bin/cvpress")));
    assertTrue(m.find(), "bin/cvpress sets jvm_opts");
    List<String> options = new ArrayList<>(List.of(m.group(1).trim().split("\\s+")));
    // and those of a run of one résumé (the smallest young generation, the quick compiler)
    Matcher one = Pattern.compile("(?m)^one_opts=\\(([^)]*)\\)").matcher(Files.readString(Path.of("bin/cvpress")));
    assertTrue(one.find(), "bin/cvpress sets one_opts");
    options.addAll(List.of(one.group(1).trim().split("\\s+")));
    assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xmx")), "the launcher caps the heap: " + options);
    return options;
  }

  record Run(int exit, String stderr, List<Long> liveAfterGcMb) {}

  private Run cvpress(Path fonts, List<String> args) throws Exception {
    Path gc = dir.resolve("gc.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherOptions());
    command.add("-Xlog:gc:file=" + gc);
    command.addAll(List.of("-jar", Path.of("target/cvpress.jar").toAbsolutePath().toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("CVPRESS_FONT_DIRS", fonts.toString());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "cvpress finished");
    List<Long> live = new ArrayList<>();
    if (Files.exists(gc)) {
      Matcher m = Pattern.compile("\\d+M->(\\d+)M\\(").matcher(Files.readString(gc));
      while (m.find()) live.add(Long.parseLong(m.group(1)));
    }
    return new Run(p.exitValue(), Files.readString(dir.resolve("stderr.txt")), live);
  }

  /** A folder holding only a link to {@code font}, for {@code CVPRESS_FONT_DIRS}. */
  private Path folderWith(Path font) throws IOException {
    Path fonts = Files.createDirectories(dir.resolve("fonts"));
    Files.createSymbolicLink(fonts.resolve(font.getFileName()), font);
    return fonts;
  }

  private static boolean embeds(byte[] pdf, String fontName) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDFontLike f : PdfInspect.fonts(doc)) {
        if (f.getName() != null && f.getName().contains(fontName) && f.isEmbedded()) return true;
      }
    }
    return false;
  }

  @ParameterizedTest(name = "{2} with {1}")
  @CsvSource({
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc, WenQuanYiZenHei, zh-hugo-yaml, 李明",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc, WenQuanYiZenHei, ja-toml, 山田 花子",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc, WenQuanYiZenHei, ko-json, 김민수",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc, WenQuanYiMicroHei, zh-hugo-yaml, 李明",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc, WenQuanYiMicroHei, ja-toml, 山田 花子",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc, WenQuanYiMicroHei, ko-json, 김민수",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf, IPAGothic, ja-toml, 山田 花子",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf, IPAGothic, zh-hugo-yaml, 李明",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf, NanumGothic, ko-json, 김민수"})
  void aCjkResumeRendersWithinTheLaunchersHeap(String font, String fontName, String resume, String name)
      throws Exception {
    Path file = Path.of(font);
    assumeTrue(Files.isRegularFile(file), file + " is not installed");
    Path pdf = dir.resolve(resume + ".pdf");
    Run run = cvpress(folderWith(file),
        List.of("-q", "src/test/resources/corpus/" + resume + ".md", "-o", pdf.toString()));
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(!run.stderr().contains("internal error"), run.stderr());
    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(PdfInspect.collapse(PdfInspect.text(bytes)).contains(name), "the name is in the PDF");
    assertTrue(embeds(bytes, fontName), fontName + " is embedded");
    for (long mb : run.liveAfterGcMb()) assertTrue(mb < MAX_LIVE_MB, "live heap after a collection: " + mb + " MB");
  }

  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource({
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc, WenQuanYiZenHei, ja-toml ko-json zh-hugo-yaml",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf, NanumGothic, ko-json"})
  void twentyCjkResumesInOneProcessRenderWithinTheLaunchersHeap(String font, String fontName, String resumes)
      throws Exception {
    Path file = Path.of(font);
    assumeTrue(Files.isRegularFile(file), file + " is not installed");
    Path in = Files.createDirectories(dir.resolve("in"));
    Map<String, String> names = Map.of("zh-hugo-yaml", "李明", "ja-toml", "山田 花子", "ko-json", "김민수");
    List<String> kinds = List.of(resumes.split(" "));
    List<String> args = new ArrayList<>(List.of("-q", "-d", dir.resolve("out").toString()));
    for (int i = 0; i < 20; i++) {
      String resume = kinds.get(i % kinds.size());
      Path copy = in.resolve(resume + "-" + i + ".md");
      Files.copy(Path.of("src/test/resources/corpus/" + resume + ".md"), copy);
      args.add(copy.toString());
    }
    Run run = cvpress(folderWith(file), args);
    assertEquals(0, run.exit(), run.stderr());
    for (int i = 0; i < 20; i++) {
      String resume = kinds.get(i % kinds.size());
      byte[] pdf = Files.readAllBytes(dir.resolve("out").resolve(resume + "-" + i + ".pdf"));
      assertTrue(PdfInspect.collapse(PdfInspect.text(pdf)).contains(names.get(resume)), resume + "-" + i);
      assertTrue(embeds(pdf, fontName), fontName + " is embedded in " + resume + "-" + i);
    }
    for (long mb : run.liveAfterGcMb()) assertTrue(mb < MAX_LIVE_MB, "live heap after a collection: " + mb + " MB");
    assertTrue(run.stderr().getBytes(StandardCharsets.UTF_8).length < 100_000, "no flood of warnings");
  }
}
