package dev.cvpress.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The build step that prepares the bundled fonts, so that no process repeats work whose answer is fixed once the
 * fonts are: the lean copy of every face ({@link LeanFont}) and their {@link FaceFacts}, which the jar's
 * {@code FaceFacts.bundled()} reads. Run by Maven as {@code FontBuild FROM TO}, on the fonts as published. It is
 * compiled on its own (src/build/java) and never goes into the jar.
 */
final class FontBuild {
  private FontBuild() {}

  public static void main(String[] args) throws IOException {
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    Files.createDirectories(to);
    Map<String, FaceFacts> facts = new TreeMap<>();
    List<Path> files;
    try (var listing = Files.list(from)) {
      files = listing.sorted().toList();
    }
    Set<String> reserved = reservedNames(files);
    for (Path file : files) {
      String name = file.getFileName().toString();
      byte[] bytes = Files.readAllBytes(file);
      if (name.endsWith(".ttf")) {
        byte[] lean = LeanFont.of(bytes);
        if (lean == bytes) throw new IllegalStateException(file + " is not a TrueType font this build can strip");
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(lean))) {
          facts.put(name, factsOf(ttf));
          // A modified font may not carry a name its licence reserves: such a face ships as published and is
          // made lean in memory when a document loads it (FontLibrary.bytes), which the licence allows.
          if (!reservesItsName(ttf.getName(), reserved)) bytes = lean;
        }
      }
      Files.write(to.resolve(name), bytes);
    }
    Files.writeString(to.resolve(FaceFacts.FILE), factsFile(facts), StandardCharsets.UTF_8);
    Files.write(to.resolve(FaceFacts.COVERS_FILE), coversFile(facts));
  }

  private static final Pattern RESERVED = Pattern.compile("Reserved Font Names? ((?:'[^']+'(?:,\\s*| and )?)+)");

  /** The names that the licence files beside the fonts reserve ("with Reserved Font Name 'Source'"). */
  static Set<String> reservedNames(List<Path> files) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path file : files) {
      if (!file.getFileName().toString().endsWith(".txt")) continue;
      Matcher m = RESERVED.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        Matcher quoted = Pattern.compile("'([^']+)'").matcher(m.group(1));
        while (quoted.find()) names.add(quoted.group(1));
      }
    }
    return names;
  }

  /** Whether a face's PostScript name starts with a reserved name ("SourceSans3-Regular" and "Source"). */
  static boolean reservesItsName(String postScriptName, Set<String> reserved) {
    String name = postScriptName == null ? "" : postScriptName.replace(" ", "");
    return reserved.stream().anyMatch(r -> name.startsWith(r.replace(" ", "")));
  }

  /** Works out the facts of a face from the face itself, its metrics with the engine's own code. */
  static FaceFacts factsOf(TrueTypeFont ttf) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      return new FaceFacts(PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor()), gsubChars(ttf),
          covered(ttf));
    }
  }

  /**
   * The characters the face has a glyph for, as ascending ranges (first, last, first, last...): every character
   * its Unicode character map, as a render looks it up, maps to a glyph other than .notdef.
   */
  static int[] covered(TrueTypeFont ttf) throws IOException {
    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
    List<Integer> ranges = new java.util.ArrayList<>();
    if (cmap == null) return new int[0];
    int first = -1;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
      boolean has = cp <= Character.MAX_CODE_POINT && cmap.getGlyphId(cp) != 0;
      if (has && first < 0) first = cp;
      if (!has && first >= 0) {
        ranges.add(first);
        ranges.add(cp - 1);
        first = -1;
      }
    }
    return ranges.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Characters a document must hold for PDFBox to change any glyph of the face: when it holds none, the face can
   * be used with substitution switched off (see {@code FontLibrary}). For Latin faces that is, for each
   * substitution PDFBox applies and {@link ReadableGlyphs} keeps, the characters of its rarest glyph: the
   * combining mark of a letter and mark that compose into one, rather than the letter. A substitution fires only
   * when all its glyphs are there, and the first one to fire in a word has only glyphs that come from characters
   * of the word, so one character of each such substitution is enough; a substitution of glyphs that no character
   * maps to can only follow another. For other scripts (whose shaping also reorders glyphs), every character of
   * every substitution counts.
   */
  static Set<Integer> gsubChars(TrueTypeFont ttf) throws IOException {
    GlyphSubstitutionTable table = ttf.getGsub();
    if (table == null) return Set.of();
    GsubData data = table.getGsubData();
    if (data == null || data == GsubData.NO_DATA_FOUND) return Set.of();
    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
    if (cmap == null) return Set.of();
    Set<Integer> chars = new HashSet<>();
    if (data.getLanguage() == Language.LATIN) {
      GsubData readable = ReadableGlyphs.of(data, cmap);
      for (String feature : ReadableGlyphs.LATIN_FEATURES) {
        if (!readable.isFeatureSupported(feature)) continue;
        for (List<Integer> sequence : readable.getFeature(feature).getAllGlyphIdsForSubstitution()) {
          chars.addAll(rarest(sequence, cmap));
        }
      }
      return chars;
    }
    for (String feature : data.getSupportedFeatures()) {
      for (List<Integer> sequence : data.getFeature(feature).getAllGlyphIdsForSubstitution()) {
        for (int gid : sequence) {
          List<Integer> codes = cmap.getCharCodes(gid);
          if (codes != null) chars.addAll(codes);
        }
      }
    }
    return chars;
  }

  /**
   * The characters of the glyph of {@code sequence} least likely in running text: a combining mark first, else the
   * character furthest from ASCII. None when a glyph of it has no character at all.
   */
  private static List<Integer> rarest(List<Integer> sequence, CmapLookup cmap) {
    List<Integer> rarest = List.of();
    for (int gid : sequence) {
      List<Integer> codes = cmap.getCharCodes(gid);
      if (codes == null || codes.isEmpty()) return List.of();
      if (rarest.isEmpty() || rarity(codes) > rarity(rarest)) rarest = codes;
    }
    return rarest;
  }

  private static int rarity(List<Integer> codes) {
    int cp = Collections.max(codes);
    int type = Character.getType(cp);
    boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
    return (mark ? 0x110000 : 0) + cp;
  }

  /**
   * The {@link FaceFacts#FILE} of every face, one line per fact, sorted: the same faces give the same file. The
   * form is the one {@code FaceFacts.bundled()} reads.
   */
  static String factsFile(Map<String, FaceFacts> faces) {
    StringBuilder out = new StringBuilder("# The bundled faces' line metrics and glyph-substitution characters,"
        + " written by the build.\n");
    for (Map.Entry<String, FaceFacts> e : new TreeMap<>(faces).entrySet()) {
      PdfBoxRawPDFontMetrics m = e.getValue().metrics();
      out.append(e.getKey()).append(".metrics=").append(m._ascent).append(' ').append(m._descent).append(' ')
          .append(m._strikethroughOffset).append(' ').append(m._strikethroughThickness).append(' ')
          .append(m._underlinePosition).append(' ').append(m._underlineThickness).append(' ')
          .append(m._typoDescent).append('\n');
      out.append(e.getKey()).append(".gsub=").append(e.getValue().gsubChars().stream().sorted()
          .map(Integer::toHexString).collect(Collectors.joining(" "))).append('\n');
    }
    return out.toString();
  }

  /**
   * The {@link FaceFacts#COVERS_FILE}: for every face, sorted by file name, its name (as {@code writeUTF} writes
   * it), the number of ranges' ends and the ends, as 32-bit integers. Binary, since a start-up reads all of it:
   * as text it took longer to read than the rest of the facts together.
   */
  static byte[] coversFile(Map<String, FaceFacts> faces) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      for (Map.Entry<String, FaceFacts> e : new TreeMap<>(faces).entrySet()) {
        int[] covered = e.getValue().covered();
        out.writeUTF(e.getKey());
        out.writeInt(covered.length);
        for (int end : covered) out.writeInt(end);
      }
    }
    return bytes.toByteArray();
  }
}
