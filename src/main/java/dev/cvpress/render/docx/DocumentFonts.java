package dev.cvpress.render.docx;

import dev.cvpress.files.ResourcePolicy;
import dev.cvpress.style.BundledFamily;
import dev.cvpress.style.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The faces the document can carry, by the family names its style sheet uses: a bundled family (with its semibold,
 * which Word, having only regular and bold, knows as a family of its own: "Source Sans 3 SemiBold"), the font file
 * a résumé names with {@code style.font} or {@code --font}, and the files a style sheet's {@code @font-face} rules
 * name, read as the PDF reads them (inside the résumé's folder only). Each face is grouped under the family Word
 * knows it by, read from the face itself, so that Word and LibreOffice find the embedded face by that name.
 */
final class DocumentFonts {
  /** A face as the style sheet declares it: its CSS weight and slant, its file's name and bytes. */
  record Source(int weight, boolean italic, String file, byte[] bytes) {}

  /** The largest font file read: as the PDF, a face over 40 MB is not a résumé's. */
  private static final long MAX_BYTES = 40L * 1024 * 1024;
  private static final Pattern FONT_FACE = Pattern.compile("(?is)@font-face\\s*\\{([^}]*)}");

  /** The faces of each CSS family the document may use, by its name in lower case; bundled ones are read later. */
  private final Map<String, List<Source>> declared;

  /** The CSS family each Word family name was found for, so that the document can carry what it names. */
  private final Map<String, String> cssFamilies = new java.util.HashMap<>();
  /** The faces read of each CSS family, by its name in lower case: a bundled face is read once. */
  private final Map<String, List<Source>> read = new java.util.HashMap<>();

  private DocumentFonts(Map<String, List<Source>> declared) {
    this.declared = declared;
  }

  /** Only the bundled families: a style sheet with no font of its own. */
  static DocumentFonts bundledOnly() {
    return new DocumentFonts(Map.of());
  }

  /**
   * The faces of {@code css}'s {@code @font-face} rules that the document may read, and {@code userFont} (the file
   * {@code style.font} names, already judged by the style stage) under the family name the style sheet gives it.
   */
  static DocumentFonts of(String css, Path userFont, Path folder) {
    Map<String, List<Source>> declared = new LinkedHashMap<>();
    if (userFont != null) {
      byte[] bytes = read(ResourcePolicy.anywhere(userFont));
      if (bytes != null) {
        declared.put(Style.USER_FONT.toLowerCase(Locale.ROOT),
            List.of(new Source(400, false, userFont.getFileName().toString(), bytes)));
      }
    }
    ResourcePolicy policy = new ResourcePolicy(folder, false);
    Matcher m = FONT_FACE.matcher(css);
    while (m.find()) {
      String family = descriptor(m.group(1), "font-family");
      String src = descriptor(m.group(1), "src");
      if (family == null || src == null || policy.root() == null) continue;
      Matcher url = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)").matcher(src);
      if (!url.find()) continue;
      String uri = ResourcePolicy.absolute(policy.root().toUri(), url.group(1).strip());
      if (!policy.check(uri).allowed()) continue; // refused for the PDF too, which says so
      Path file = ResourcePolicy.path(uri);
      byte[] bytes = file == null ? null : read(policy.locate(file));
      if (bytes == null) continue;
      String style = descriptor(m.group(1), "font-style");
      declared.computeIfAbsent(unquoted(family).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(new Source(weight(descriptor(m.group(1), "font-weight")),
              style != null && style.matches("(?i)italic|oblique.*"), file.getFileName().toString(), bytes));
    }
    return new DocumentFonts(declared);
  }

  /** The faces of the family the style sheet calls {@code cssFamily}; empty when the document cannot carry it. */
  List<Source> faces(String cssFamily) {
    if (cssFamily == null) return List.of();
    String key = unquoted(cssFamily).toLowerCase(Locale.ROOT);
    List<Source> own = declared.get(key);
    if (own != null) return own;
    BundledFamily bundled = EmbeddedFonts.bundled(cssFamily);
    if (bundled == null) return List.of();
    return read.computeIfAbsent(key, k -> bundled.faces().stream()
        .map(f -> new Source(f.weight(), f.italic(), f.file(), bundledBytes(f.file()))).toList());
  }

  /** Every face of the CSS family Word knows as {@code wordName} (its semibold and bold included). */
  List<Source> carrying(String wordName) {
    String css = cssFamilies.get(wordName);
    return css == null ? List.of() : faces(css);
  }

  /** The name Word knows {@code cssFamily}'s regular face by; null when the document cannot carry the family. */
  String wordName(String cssFamily) {
    Source regular = closest(faces(cssFamily), 400);
    TrueTypeFace face = regular == null ? null : TrueTypeFace.read(regular.bytes());
    if (face == null) return null;
    cssFamilies.putIfAbsent(face.family(), cssFamily);
    return face.family();
  }

  /**
   * The family Word knows {@code cssFamily}'s semibold (600) face by, when it has one of its own; null when it has
   * none (semibold text is then set bold).
   */
  String semiboldName(String cssFamily) {
    String regular = wordName(cssFamily);
    for (Source s : faces(cssFamily)) {
      if (s.weight() != 600 || s.italic()) continue;
      TrueTypeFace face = TrueTypeFace.read(s.bytes());
      if (face != null && !face.family().equals(regular)) return face.family();
    }
    return null;
  }

  private static Source closest(List<Source> faces, int weight) {
    return faces.stream().filter(s -> !s.italic())
        .min(java.util.Comparator.comparingInt(s -> Math.abs(s.weight() - weight))).orElse(null);
  }

  private static byte[] bundledBytes(String file) {
    try (InputStream in = DocumentFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) throw new IllegalStateException("bundled font missing from the jar: " + file);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(ResourcePolicy.Located located) {
    if (!located.verdict().allowed()) return null;
    try {
      return ResourcePolicy.read(located, MAX_BYTES);
    } catch (IOException e) {
      return null; // the PDF's render said what was wrong with it
    }
  }

  private static String descriptor(String block, String name) {
    Matcher m = Pattern.compile("(?i)(?:^|;)\\s*" + name + "\\s*:\\s*([^;]+)").matcher(block);
    return m.find() ? m.group(1).strip() : null;
  }

  private static String unquoted(String family) {
    return family.split(",")[0].strip().replaceAll("^[\"']|[\"']$", "");
  }

  /** A CSS weight as a number: {@code bold} is 700, {@code normal} or anything unread 400. */
  static int weight(String css) {
    if (css == null) return 400;
    String v = css.strip().toLowerCase(Locale.ROOT);
    if (v.equals("bold") || v.equals("bolder")) return 700;
    if (v.matches("\\d{3}")) return Integer.parseInt(v);
    return 400;
  }
}
