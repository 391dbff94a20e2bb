package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/cvpress as users run it, from an installed copy (the launcher and the built jar): a folder it cannot write
 * (the install, the temporary folder, the working folder) only means running without the startup archive, with
 * nothing said; launchers started at once share one archive, written whole. Permissions are real: as root, which
 * ignores them, the launcher runs as the user nobody.
 */
class LauncherIT {
  @TempDir Path dir;
  private Path install;
  private Path resume;
  private Path out;

  @BeforeEach
  void install() throws IOException {
    install = dir.resolve("install");
    Files.createDirectories(install.resolve("bin"));
    Files.createDirectories(install.resolve("target"));
    Files.copy(Path.of("bin/cvpress"), install.resolve("bin/cvpress"));
    Files.copy(Path.of("target/cvpress.jar"), install.resolve("target/cvpress.jar"));
    Files.setLastModifiedTime(install.resolve("target/cvpress.jar"), FileTime.fromMillis(System.currentTimeMillis()));
    Path in = Files.createDirectories(dir.resolve("in"));
    resume = Files.copy(Path.of("src/test/resources/corpus/tiny.md"), in.resolve("resume.md"));
    out = Files.createDirectories(dir.resolve("out"));
    // Everyone may read and enter the test's folders (the launcher may run as another user).
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx"
            : p.getFileName().toString().equals("cvpress") ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  private static boolean root() throws Exception {
    Process p = new ProcessBuilder("id", "-u").start();
    String uid = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor();
    return uid.equals("0");
  }

  private static boolean onPath(String tool) {
    for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!p.isEmpty() && Files.isExecutable(Path.of(p, tool))) return true;
    }
    return false;
  }

  private record Run(int exit, String stderr) {}

  /** Runs the installed launcher in {@code cwd}, as an unprivileged user when this is root. */
  private Run launch(Path cwd, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    if (root()) {
      assumeTrue(onPath("setpriv"), "setpriv is needed to run the launcher without root's privileges");
      command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.add(install.resolve("bin/cvpress").toString());
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the launcher finished");
    return new Run(p.exitValue(), Files.readString(err));
  }

  private static void readOnly(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.toList()) {
        if (Files.isDirectory(p)) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
      }
    }
  }

  private void assertRendered(Run run, Path pdf) throws IOException {
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stderr(), "nothing said");
    assertTrue(Files.size(pdf) > 1000, "a PDF was written");
    assertTrue(new String(Files.readAllBytes(pdf), 0, 5).equals("%PDF-"), "it is a PDF");
  }

  private List<String> startupFiles() throws IOException {
    Path startup = install.resolve("target/startup");
    if (!Files.isDirectory(startup)) return List.of();
    try (Stream<Path> files = Files.list(startup)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Sources newer than the jar make the launcher build again, saying so (not "first run"), and what Maven prints
   * reaches stderr without colour codes. A stand-in for Maven prints what Maven 3.8 prints in batch mode.
   */
  @Test
  void aRebuildSaysWhyAndPrintsNoColourCodes() throws Exception {
    Path source = Files.createDirectories(install.resolve("src/main")).resolve("Changed.java");
    Files.writeString(source, "class Changed {}");
    Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Path bin = Files.createDirectories(dir.resolve("fakebin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nprintf '\\033[0m\\033[0mbuilt\\n'\ntouch target/cvpress.jar\n");
    for (Path p : List.of(install, install.resolve("src"), install.resolve("src/main"), bin)) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(install.resolve("target/cvpress.jar"), PosixFilePermissions.fromString("rw-rw-rw-"));
    Path pdf = out.resolve("rebuilt.pdf");
    Run run = launch(dir, Map.of("PATH", bin + ":" + System.getenv("PATH")), "-q", resume.toString(), "-o",
        pdf.toString());
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("cvpress: the sources changed since target/cvpress.jar was built; building it again...\nbuilt\n",
        run.stderr());
    assertTrue(Files.size(pdf) > 1000, "a PDF was written");
  }

  @Test
  void aReadOnlyInstallRendersWithoutTheArchiveSilently() throws Exception {
    readOnly(install);
    Path pdf = out.resolve("a.pdf");
    assertRendered(launch(dir, Map.of(), "-q", resume.toString(), "-o", pdf.toString()), pdf);
    assertEquals(List.of(), startupFiles());
  }

  @Test
  void anUnwritableTemporaryFolderRendersWithoutTheArchiveSilently() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    readOnly(tmp);
    Path pdf = out.resolve("b.pdf");
    assertRendered(launch(dir, Map.of("TMPDIR", tmp.toString()), "-q", resume.toString(), "-o", pdf.toString()), pdf);
    assertTrue(startupFiles().stream().noneMatch(f -> f.endsWith(".aot") || f.endsWith(".jsa")), "no archive");
  }

  @Test
  void aReadOnlyWorkingFolderRenders() throws Exception {
    readOnly(install);
    readOnly(resume.getParent());
    Path pdf = out.resolve("c.pdf");
    assertRendered(launch(resume.getParent(), Map.of(), "-q", "resume.md", "-o", pdf.toString()), pdf);
  }

  @Test
  void launchersStartedAtOnceAllRenderAndLeaveOneWholeArchive() throws Exception {
    List<Thread> threads = new ArrayList<>();
    List<Run> runs = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 3; i++) {
      Path pdf = out.resolve("p" + i + ".pdf");
      Thread t = new Thread(() -> {
        try {
          runs.add(launch(dir, Map.of(), "-q", resume.toString(), "-o", pdf.toString()));
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    assertEquals(List.of(), failures);
    for (Run run : runs) assertEquals(0, run.exit(), run.stderr());
    for (int i = 0; i < 3; i++) assertTrue(Files.size(out.resolve("p" + i + ".pdf")) > 1000);
    assertTrue(startupFiles().stream().noneMatch(f -> f.endsWith(".tmp") || f.endsWith(".config")),
        "no half-written archive is left: " + startupFiles());
    // The archive made, whichever launcher made it, is one the next launch uses without complaint.
    Path pdf = out.resolve("after.pdf");
    assertRendered(launch(dir, Map.of(), "-q", resume.toString(), "-o", pdf.toString()), pdf);
  }

  /**
   * The archive the launcher makes is the one its runs use: cvpress's own classes come from it, not from the jar.
   * (A launcher whose archive no longer matched the way it starts the jar would render just as well, only slower.)
   */
  @Test
  void theRunAfterMakingTheArchiveLoadsCvpressFromIt() throws Exception {
    Path pdf = out.resolve("d.pdf");
    Path log = out.resolve("classes.log");
    Run run = launch(dir, Map.of("CVPRESS_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "-q",
        resume.toString(), "-o", pdf.toString());
    assertRendered(run, pdf);
    assertTrue(startupFiles().stream().anyMatch(f -> f.endsWith(".aot") || f.endsWith(".jsa")), "an archive");
    List<String> lines = Files.readAllLines(log);
    for (String type : List.of("dev.cvpress.cli.Main", "dev.cvpress.Cvpress", "dev.cvpress.render.pdf.PdfRenderer")) {
      String line = lines.stream().filter(l -> l.contains(" " + type + " ")).findFirst().orElse("(not loaded)");
      assertTrue(line.contains("shared objects file"), type + " from the archive: " + line);
    }
  }

  /**
   * A check runs the grammar engine, whose libraries use sun.misc.Unsafe: on a Java that warns of it (24 and later),
   * the launcher allows it, so stderr holds the check's findings and nothing of the JVM's.
   */
  @Test
  void aCheckThroughTheLauncherPrintsNoWarningOfTheJvm() throws Exception {
    Path resume = Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\nada@example.com\n\n## Experience\n\n"
        + "### Analyst — Engine Co | 2019 – 2021\n\n- Wrote the first program for the engine.\n");
    Run run = launch(dir, Map.of(), "check", resume.toString());
    assertEquals(0, run.exit(), run.stderr());
    assertFalse(run.stderr().contains("WARNING"), run.stderr());
  }

  /**
   * The JIT and the heap are set per kind of work: one résumé runs with the quick compiler and a small young
   * generation; a batch (several files, a pattern, {@code build}) with the quick compiler and a larger one; a process
   * that stays ({@code --watch}, {@code preview}) with both compilers. A stand-in for java records what it is given.
   */
  @Test
  void theJvmFlagsFollowTheKindOfWork() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("fakejdk/bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$CVPRESS_TEST_ARGS\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(dir.resolve("fakejdk"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
    String one = "-XX:TieredStopAtLevel=1 -Xmn24m";
    String batch = "-XX:TieredStopAtLevel=1 -Xmn48m";
    String watch = "-Xmn64m";
    Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
    cases.put(one, List.of("cv.md -o cv.pdf", "render cv.md", "-o notes.txt cv.md", "check a.md b.md", "themes",
        "cv.json --theme classic"));
    cases.put(batch, List.of("a.md b.md -d out", "render in/*.md -d out", "build", "build cvpress.yaml",
        "-q a.md b.yaml c.json -d out"));
    cases.put(watch, List.of("--watch cv.md", "cv.md --watch -o cv.pdf", "preview cv.md", "a.md b.md --watch"));
    for (Map.Entry<String, List<String>> c : cases.entrySet()) {
      for (String line : c.getValue()) {
        Path args = dir.resolve("args-" + Math.abs(line.hashCode()) + ".txt");
        Run run = launch(dir, Map.of("CVPRESS_JAVA", java.toString(), "CVPRESS_TEST_ARGS", args.toString()),
            line.split(" "));
        assertEquals(0, run.exit(), line + ": " + run.stderr());
        List<String> given = Files.readAllLines(args);
        String flags = String.join(" ", given.subList(0, given.indexOf("-cp")));
        assertTrue(flags.contains(c.getKey()), line + " runs with " + c.getKey() + ": " + flags);
        assertEquals(c.getKey().contains("TieredStopAtLevel"), flags.contains("TieredStopAtLevel"), line + ": " + flags);
        assertTrue(flags.contains("-XX:+UseSerialGC") && flags.contains("-Xmx512m"), line + ": " + flags);
        assertEquals(line, String.join(" ", given.subList(given.indexOf("dev.cvpress.cli.Main") + 1, given.size())),
            "the arguments passed on as given");
      }
    }
  }

  /**
   * A Chinese résumé renders through the launcher, alone and in a batch, with the 17 MB CJK collection the README
   * recommends put first: within the heaps the launcher gives each kind of work, the text is there and the font is
   * embedded.
   */
  @Test
  void aChineseResumeRendersWithTheLargeSystemFontAloneAndInABatch() throws Exception {
    Path zenhei = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    assumeTrue(Files.isRegularFile(zenhei), "fonts-wqy-zenhei is installed (the README recommends it)");
    Path fonts = Files.createDirectories(dir.resolve("fonts"));
    Files.createSymbolicLink(fonts.resolve("wqy-zenhei.ttc"), zenhei);
    Path zh = dir.resolve("in/zh.md");
    Files.copy(Path.of("src/test/resources/corpus/zh-hugo-yaml.md"), zh);
    Files.copy(zh, dir.resolve("in/zh2.md"));
    for (Path p : List.of(fonts, zh, dir.resolve("in/zh2.md"))) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-r--r--"));
    }
    Map<String, String> env = Map.of("CVPRESS_FONT_DIRS", fonts.toString());
    Path one = out.resolve("zh-one.pdf");
    Run alone = launch(dir, env, "-q", zh.toString(), "-o", one.toString());
    assertEquals(0, alone.exit(), alone.stderr());
    Run batch = launch(dir, env, "-q", zh.toString(), dir.resolve("in/zh2.md").toString(), "-d", out.toString());
    assertEquals(0, batch.exit(), batch.stderr());
    for (Path pdf : List.of(one, out.resolve("zh.pdf"), out.resolve("zh2.pdf"))) {
      byte[] bytes = Files.readAllBytes(pdf);
      assertTrue(dev.cvpress.render.pdf.PdfInspect.text(bytes).contains("李明"), pdf + " has the name");
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
        assertTrue(dev.cvpress.render.pdf.PdfInspect.fonts(doc).stream()
            .anyMatch(f -> f.getName() != null && f.getName().contains("WenQuanYiZenHei") && f.isEmbedded()),
            pdf + " embeds WenQuanYi Zen Hei");
      }
    }
  }

  /** The launcher names the main class itself (it starts the jar from the class path): the jar's own Main-Class. */
  @Test
  void theLaunchersMainClassIsTheJars() throws Exception {
    String launcher = Files.readString(Path.of("bin/cvpress"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^main=(\\S+)$").matcher(launcher);
    assertTrue(m.find(), "the launcher names a main class");
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile("target/cvpress.jar")) {
      assertEquals(jar.getManifest().getMainAttributes().getValue("Main-Class"), m.group(1));
    }
  }
}
