package dev.cvpress.render.pdf;

import dev.cvpress.files.FontFolders;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * TrueType fonts installed on the machine, for the scripts the bundled fonts cannot draw (Chinese, Japanese,
 * Korean, Devanagari, Thai, emoji ...). The font folders are listed once per process, by file name only; a font
 * is opened only when a document needs a character that no font chosen so far can draw, most likely candidates
 * first, and what it covers is remembered for the rest of the process.
 *
 * <p>Only TrueType outlines ({@code glyf}) are used: the PDF engine cannot embed CFF (OpenType {@code .otf}, and
 * the {@code .ttc} collections of Noto CJK as Debian ships them), and colour bitmap emoji fonts have no outlines.
 */
final class SystemFonts {
  private SystemFonts() {}

  /** One face of a font file; {@code index} is its place in a collection, -1 for a plain TTF. */
  record Face(Path file, int index, String name, int weight, boolean italic, CmapLookup cmap) {
    boolean covers(int cp) {
      return cmap.getGlyphId(cp) != 0;
    }

    boolean isCollection() {
      return index >= 0;
    }
  }

  /** Never walk more than this many files: a folder of 100,000 fonts is not worth searching. */
  private static final int MAX_FILES = 20_000;
  /** At most this much time per process opening fonts that are not known by name to cover a script. */
  private static final long SEARCH_BUDGET_NANOS = 4_000_000_000L;

  private static volatile Listing files;
  private static final Map<Path, List<Face>> FACES = new ConcurrentHashMap<>();
  private static long searchSpent;

  /** Font files, by file name, most useful first, for each script a system may lack. */
  private static final Map<Character.UnicodeScript, List<String>> PREFERRED = preferred();

  private static Map<Character.UnicodeScript, List<String>> preferred() {
    List<String> cjk = List.of("wqy-microhei.ttc", "wqy-zenhei.ttc", "ipagp.ttf", "ipag.ttf", "ipaexg.ttf",
        "nanumgothic.ttf", "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "arial unicode.ttf",
        "arialuni.ttf", "msyh.ttc", "msyh.ttf", "simsun.ttc", "msgothic.ttc", "meiryo.ttc", "yugothr.ttc",
        "malgun.ttf", "uming.ttc", "ukai.ttc", "unbatang.ttf", "undotum.ttf", "applegothic.ttf", "takaopgothic.ttf");
    Map<Character.UnicodeScript, List<String>> m = new LinkedHashMap<>();
    m.put(Character.UnicodeScript.HAN, cjk);
    m.put(Character.UnicodeScript.HIRAGANA, cjk);
    m.put(Character.UnicodeScript.KATAKANA, cjk);
    m.put(Character.UnicodeScript.HANGUL, cjk);
    m.put(Character.UnicodeScript.BOPOMOFO, cjk);
    m.put(Character.UnicodeScript.ARABIC, List.of("notonaskharabic-regular.ttf", "notosansarabic-regular.ttf",
        "amiri-regular.ttf", "vazirmatn-regular.ttf", "arial.ttf", "tahoma.ttf", "geezapro.ttc"));
    m.put(Character.UnicodeScript.HEBREW, List.of("notosanshebrew-regular.ttf", "arial.ttf", "tahoma.ttf"));
    m.put(Character.UnicodeScript.DEVANAGARI, List.of("notosansdevanagari-regular.ttf", "lohit-devanagari.ttf",
        "nirmala.ttf", "mangal.ttf", "kohinoordevanagari.ttc", "devanagari sangam mn.ttc"));
    m.put(Character.UnicodeScript.THAI, List.of("notosansthai-regular.ttf", "notoserifthai-regular.ttf",
        "garuda.ttf", "loma.ttf", "tahoma.ttf", "leelawui.ttf", "thonburi.ttc"));
    m.put(Character.UnicodeScript.COMMON, List.of("symbola_hint.ttf", "symbola.ttf", "notoemoji-regular.ttf",
        "notosanssymbols2-regular.ttf", "notosanssymbols-regular.ttf", "seguiemj.ttf", "seguisym.ttf",
        "applesymbols.ttf", "dejavusans.ttf", "freeserif.ttf", "freesans.ttf"));
    return Map.copyOf(m);
  }

  /**
   * Every .ttf and .ttc file in the font folders, listed once per process: first those of
   * {@code CVPRESS_FONT_DIRS}, then the machine's.
   */
  static Listing files() {
    Listing f = files;
    if (f == null) {
      synchronized (SystemFonts.class) {
        if (files == null) files = new Listing(scan(FontFolders.user()), scan(FontFolders.all()));
        f = files;
      }
    }
    return f;
  }

  /** The font files of {@code CVPRESS_FONT_DIRS}, and all of them (those first). */
  record Listing(List<Path> user, List<Path> all) {}

  private static List<Path> scan(List<Path> folders) {
    Set<Path> out = new LinkedHashSet<>();
    for (Path dir : folders) {
      try (Stream<Path> walk = Files.walk(dir, 8, FileVisitOption.FOLLOW_LINKS)) {
        walk.limit(MAX_FILES).filter(p -> {
          String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
          return (n.endsWith(".ttf") || n.endsWith(".ttc")) && Files.isRegularFile(p);
        }).forEach(out::add);
      } catch (IOException | RuntimeException e) {
        // an unreadable folder has no fonts for us
      }
    }
    return List.copyOf(out);
  }

  /** The usable faces of a font file; empty when it is not TrueType, is broken, or is a bitmap font. */
  static List<Face> faces(Path file) {
    return FACES.computeIfAbsent(file, SystemFonts::open);
  }

  /** What choosing a face reads of it: the character map, names and style, never its outlines. */
  private static final Set<String> HEADERS = Set.of("head", "hhea", "maxp", "OS/2", "name", "post", "cmap", "hmtx",
      "loca", "glyf");

  private static List<Face> open(Path file) {
    List<Face> out = new ArrayList<>();
    try {
      List<FaceImage.Directory> dirs = FaceImage.read(file);
      for (FaceImage.Directory dir : dirs) {
        // CFF outlines (the engine cannot embed them), or too big to parse within a small heap.
        if (!dir.outlines() || dir.table("glyf") == null) continue;
        if (dir.size(FaceImage.EMBEDDED) > FaceImage.MAX_FACE_BYTES) continue;
        byte[] headers = FaceImage.standalone(file, dir, HEADERS, true);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(headers))) {
          Face f = face(file, dir.index(), ttf);
          if (f != null) out.add(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // broken or not a font: it draws nothing
    }
    return List.copyOf(out);
  }

  private static Face face(Path file, int index, TrueTypeFont ttf) throws IOException {
    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
    if (cmap == null) return null;
    int weight = 400;
    boolean italic = false;
    if (ttf.getOS2Windows() != null) {
      weight = ttf.getOS2Windows().getWeightClass();
      italic = (ttf.getOS2Windows().getFsSelection() & 1) != 0;
    }
    String name = ttf.getName() != null ? ttf.getName() : file.getFileName().toString();
    return new Face(file, index, name, weight, italic, cmap);
  }

  /**
   * Faces that together draw as many of {@code wanted} as the machine allows: the fonts of
   * {@code CVPRESS_FONT_DIRS} first, then the machine's; among each, the fonts known to cover a script first, then
   * any other, each opened at most once per process. Upright, regular faces are preferred.
   */
  static List<Face> covering(Set<Integer> wanted) {
    List<Face> chosen = new ArrayList<>();
    Set<Integer> left = new LinkedHashSet<>(wanted);
    // Known names for each script first.
    Set<String> names = new LinkedHashSet<>();
    for (int cp : wanted) {
      List<String> p = PREFERRED.get(script(cp));
      if (p != null) names.addAll(p);
      names.add(notoName(cp));
    }
    Listing listing = files();
    search(listing.user(), names, left, chosen);
    search(listing.all(), names, left, chosen);
    return chosen;
  }

  private static void search(List<Path> files, Set<String> names, Set<Integer> left, List<Face> chosen) {
    for (String n : names) {
      if (left.isEmpty()) return;
      for (Path file : files) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).equals(n)) take(file, left, chosen);
      }
    }
    // Then everything else, regular faces and small files first, within a time budget per process.
    if (left.isEmpty()) return;
    List<Path> rest = new ArrayList<>(files);
    rest.sort(Comparator.comparing((Path p) -> styled(p)).thenComparingLong(SystemFonts::size));
    for (Path file : rest) {
      if (left.isEmpty()) return;
      boolean known = FACES.containsKey(file);
      long start = System.nanoTime();
      synchronized (SystemFonts.class) {
        if (!known && searchSpent > SEARCH_BUDGET_NANOS) return;
      }
      take(file, left, chosen);
      if (!known) {
        synchronized (SystemFonts.class) {
          searchSpent += System.nanoTime() - start;
        }
      }
    }
  }

  private static void take(Path file, Set<Integer> left, List<Face> chosen) {
    for (Face f : faces(file)) {
      if (f.italic() || f.weight() >= 600) continue;
      boolean useful = false;
      for (var it = left.iterator(); it.hasNext(); ) {
        if (f.covers(it.next())) {
          useful = true;
          it.remove();
        }
      }
      if (useful && !chosen.contains(f)) chosen.add(f);
      if (useful) return; // one face of a collection is enough
    }
  }

  /**
   * The bold face that goes with a regular one: the sibling file named as fonts name them, {@code X-Regular.ttf}
   * and {@code X-Bold.ttf} (Noto), or {@code X.ttf} and {@code X-Bold.ttf} or {@code XBold.ttf} (DejaVu, Nanum).
   */
  static Face bold(Face regular) {
    if (regular.isCollection()) return null;
    String name = regular.file().getFileName().toString();
    String stem = name.replaceFirst("(?i)(-Regular)?\\.ttf$", "");
    if (stem.equals(name)) return null;
    for (String boldName : List.of(stem + "-Bold.ttf", stem + "Bold.ttf")) {
      Path sibling = regular.file().resolveSibling(boldName);
      if (!Files.isRegularFile(sibling)) continue;
      Face bold = faces(sibling).stream().filter(f -> f.weight() >= 600 && !f.italic()).findFirst().orElse(null);
      if (bold != null) return bold;
    }
    return null;
  }

  static Character.UnicodeScript script(int cp) {
    try {
      return Character.UnicodeScript.of(cp);
    } catch (IllegalArgumentException e) {
      return Character.UnicodeScript.UNKNOWN;
    }
  }

  /** Noto's file name for a script's sans face: NotoSansBengali-Regular.ttf. */
  private static String notoName(int cp) {
    String script = script(cp).name().replace("_", "").toLowerCase(Locale.ROOT);
    return "notosans" + script + "-regular.ttf";
  }

  private static boolean styled(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.contains("bold") || n.contains("italic") || n.contains("oblique") || n.contains("light")
        || n.contains("thin") || n.contains("black") || n.contains("medium") || n.contains("semi");
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** What to install for a script nobody on this machine can draw, on Debian/Ubuntu and on macOS. */
  static String installHint(int cp) {
    Character.UnicodeScript s = script(cp);
    String debian;
    String mac;
    switch (s) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> {
        debian = "fonts-wqy-microhei (TrueType; Debian's fonts-noto-cjk is CFF, which cannot be embedded)";
        mac = "a TrueType CJK font such as Arial Unicode (/Library/Fonts)";
      }
      case ARABIC, HEBREW, DEVANAGARI, THAI, BENGALI, TAMIL, TELUGU, GUJARATI, GURMUKHI, KANNADA, MALAYALAM,
          ORIYA, SINHALA, ARMENIAN, GEORGIAN, ETHIOPIC, KHMER, LAO, MYANMAR, TIBETAN -> {
        String script = s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        debian = "fonts-noto-core";
        mac = "Noto Sans " + script + " (brew install --cask font-noto-sans-"
            + script.toLowerCase(Locale.ROOT).replace(' ', '-') + ")";
      }
      case COMMON -> {
        debian = "fonts-symbola";
        mac = "Symbola or Noto Sans Symbols 2";
      }
      default -> {
        debian = "fonts-noto-core or fonts-noto-extra";
        mac = "a Noto Sans font for the script";
      }
    }
    return "install a TrueType font that has it: `apt install " + debian.replaceFirst(" \\(.*", "") + "` on Debian/Ubuntu"
        + (debian.contains("(") ? " " + debian.substring(debian.indexOf('(')) : "")
        + ", " + mac + " on macOS; or name a .ttf file with `style.font`";
  }
}
