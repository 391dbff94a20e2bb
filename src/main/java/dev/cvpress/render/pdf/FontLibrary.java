package dev.cvpress.render.pdf;

import com.openhtmltopdf.outputdevice.helper.AddedFont;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.cvpress.style.BundledFamily;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts packed into cvpress at build time (Source Sans 3, Source Serif 4, Liberation, DejaVu, Font Awesome),
 * registered with every render so that no text ever falls back to a machine font or to an unembedded PDF base
 * font.
 *
 * <p>Each face is read from the jar and parsed once per process; the parsed font (every table loaded up front, so
 * that it is only ever read afterwards) is shared by all renders, on any thread, and each document embeds its own
 * subset of it. A face is parsed only when a document first draws with it.
 */
final class FontLibrary {
  private FontLibrary() {}

  /** A bundled face: resource file, the CSS family it answers to, weight and style. */
  private record Face(String file, String family, int weight, FontStyle style) {}

  /** Every bundled family's faces, then the icon faces. */
  private static final List<Face> FACES = faces();

  private static List<Face> faces() {
    List<Face> faces = new java.util.ArrayList<>();
    for (BundledFamily family : BundledFamily.values()) {
      for (BundledFamily.Face f : family.faces()) {
        faces.add(new Face(f.file(), family.cssName(), f.weight(), f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL));
      }
    }
    faces.add(new Face("fa-solid-900.ttf", "Font Awesome Solid", 400, FontStyle.NORMAL));
    faces.add(new Face("fa-brands-400.ttf", "Font Awesome Brands", 400, FontStyle.NORMAL));
    return List.copyOf(faces);
  }

  /**
   * CSS generic families, mapped to bundled ones so that a theme saying "serif" still embeds its font. The keys
   * are the names the engine looks the generic families up by (it turns {@code sans-serif} into
   * {@code SansSerif}, as Java's logical fonts are called).
   */
  private static final Map<String, String> GENERIC = Map.of("Serif", BundledFamily.SOURCE_SERIF_4.cssName(),
      "SansSerif", BundledFamily.SOURCE_SANS_3.cssName(), "Monospaced", BundledFamily.LIBERATION_MONO.cssName());

  /** The last-resort fallback faces, tried after every family a style sheet names: DejaVu Sans's, renamed. */
  private static final List<Face> FALLBACKS = BundledFamily.DEJAVU_SANS.faces().stream().filter(f -> !f.italic())
      .map(f -> new Face(f.file(), "DejaVu Sans Fallback", f.weight(), FontStyle.NORMAL)).toList();

  /** The faces parsed so far, with glyph substitution switched off and on (see {@link #parsed}). */
  private static final Map<String, TrueTypeFont> PLAIN = new ConcurrentHashMap<>();

  private static final Map<String, TrueTypeFont> WITH_GSUB = new ConcurrentHashMap<>();

  /** The facts the build worked out for every face (read from the jar on first use). */
  private static final class Facts {
    static final Map<String, FaceFacts> BY_FILE = FaceFacts.bundled();

    /** The engine's metrics cache for the bundled families, answered from the facts; see {@link #register}. */
    static final FSCacheEx<String, FSCacheValue> METRICS = metricsCache();
  }

  /**
   * Registers the bundled faces for one document. {@code text} is every character the document may draw (see
   * {@link DrawableCharacters#of}), or null when that cannot be known; it decides whether a face's glyph substitutions can
   * change anything.
   */
  static void register(Builder builder, PDDocument doc, Set<Integer> text, boolean ownFontFaces) {
    DocumentFonts fonts = new DocumentFonts(doc, text);
    // The metrics of the bundled faces are known from the build, so a face the document never draws with is never
    // parsed; not when the document declares faces of its own, which may reuse a bundled family's name.
    if (!ownFontFaces) builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, Facts.METRICS);
    for (Face f : FACES) {
      for (String family : families(f)) builder.useFont(fonts.supplier(f.file()), family, f.weight(), f.style(), true);
    }
    // Last resort before the unembedded PDF base fonts: DejaVu has the widest coverage of the bundled faces.
    for (Face f : FALLBACKS) builder.useFallbackFont(fonts.supplier(f.file()), f.family(), f.weight());
  }

  /** The CSS families a bundled face is registered under: its own, and the generic ones mapped to it. */
  private static List<String> families(Face f) {
    List<String> families = new java.util.ArrayList<>(List.of(f.family()));
    GENERIC.forEach((generic, family) -> {
      if (family.equals(f.family())) families.add(generic);
    });
    return families;
  }

  /** The bundled font files, for working out which characters they cover. */
  static List<String> files() {
    return FACES.stream().map(Face::file).distinct().toList();
  }

  /** Whether any bundled face has a glyph for {@code cp}, from the facts the build worked out (no face is parsed). */
  static boolean covers(int cp) {
    for (FaceFacts facts : Facts.BY_FILE.values()) {
      if (facts.covers(cp)) return true;
    }
    return false;
  }

  /**
   * The bytes of a bundled font file, from the jar (read once per process: only the parsed face is kept), lean
   * (see {@link LeanFont}): no hinting, nothing that is never read. The build has made most faces lean already;
   * one whose licence reserves its name ships as published and is made lean here, in memory.
   */
  static byte[] bytes(String file) {
    try (InputStream in = FontLibrary.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) throw new IllegalStateException("bundled font missing from the jar: " + file);
      return LeanFont.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fonts of one document: one PDF font per face, made when the document first draws with it. */
  private static final class DocumentFonts {
    private final PDDocument doc;
    private final Set<Integer> text;
    private final Map<String, PDFont> loaded = new HashMap<>();
    private final Map<String, PDFontSupplier> suppliers = new HashMap<>();

    DocumentFonts(PDDocument doc, Set<Integer> text) {
      this.doc = doc;
      this.text = text;
    }

    PDFontSupplier supplier(String file) {
      return suppliers.computeIfAbsent(file, f -> new PDFontSupplier(null) {
        @Override
        public PDFont supply() {
          return font(f);
        }
      });
    }

    /** Layout runs on one thread per document; the map needs no lock. */
    PDFont font(String file) {
      PDFont font = loaded.get(file);
      if (font == null) {
        try {
          PDType0Font type0 = PDType0Font.load(doc, parsed(file, text), true);
          ReadableGlyphs.apply(type0);
          WordSubstitutions.apply(type0);
          font = type0;
        } catch (IOException e) {
          throw new UncheckedIOException("bundled font " + file + " cannot be embedded", e);
        }
        loaded.put(file, font);
      }
      return font;
    }
  }

  /**
   * The shared parse of a face for a document that draws {@code text}. PDFBox applies a face's glyph
   * substitutions word by word, building a regular expression of every substitutable glyph sequence for each
   * word it writes: most of the time of writing a page. When the document holds none of the characters the
   * face's substitutions need (combining marks, for the bundled Latin faces, whose ligatures are left out: see
   * {@link ReadableGlyphs}), substitution cannot change a glyph, and the face is used with it switched off: the
   * same glyphs, without the cost.
   */
  private static TrueTypeFont parsed(String file, Set<Integer> text) {
    return shared(file, substitutes(file, text));
  }

  /** Whether glyph substitution may change a glyph of a bundled face in a document that draws {@code text}. */
  static boolean substitutes(String file, Set<Integer> text) {
    FaceFacts facts = Facts.BY_FILE.get(file);
    return text == null || facts == null || facts.gsubChars().stream().anyMatch(text::contains);
  }

  /** A bundled face parsed once per process, with glyph substitution on or off. */
  private static TrueTypeFont shared(String file, boolean gsub) {
    Map<String, TrueTypeFont> parsed = gsub ? WITH_GSUB : PLAIN;
    TrueTypeFont ttf = parsed.get(file);
    if (ttf != null) return ttf;
    // One lock per face: a render waiting for one face never waits for another being parsed elsewhere.
    synchronized (LOCKS.computeIfAbsent(file, f -> new Object())) {
      ttf = parsed.get(file);
      if (ttf == null) {
        try {
          ttf = parse(file, gsub);
        } catch (IOException e) {
          throw new IllegalStateException("bundled font " + file + " cannot be read", e);
        }
        parsed.put(file, ttf);
      }
      return ttf;
    }
  }

  private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

  /** A bundled face as every render shares it (without glyph substitution), parsed on first use. */
  static TrueTypeFont face(String file) {
    return shared(file, false);
  }

  /** Parses a bundled face and loads every table, so that sharing it across threads only ever reads it. */
  static TrueTypeFont parse(String file, boolean gsub) throws IOException {
    TrueTypeFont ttf = load(bytes(file), gsub);
    if (file.startsWith("fa-")) SilentIcons.silence(ttf);
    else SharedGlyphs.prefer(ttf);
    return ttf;
  }

  /**
   * Parses a TrueType font and loads every table it will be asked for, so that sharing it across threads only ever
   * reads it.
   */
  static TrueTypeFont load(byte[] font, boolean gsub) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
    ttf.setEnableGsub(gsub);
    ttf.getNaming();
    ttf.getPostScript();
    ttf.getOS2Windows();
    ttf.getMaximumProfile();
    ttf.getHeader();
    ttf.getHorizontalHeader();
    ttf.getHorizontalMetrics();
    ttf.getIndexToLocation();
    ttf.getGlyph();
    ttf.getCmap();
    ttf.getVerticalHeader();
    ttf.getVerticalMetrics();
    ttf.getVerticalOrigin();
    ttf.getKerning();
    // The substitution table only where substitution is on: with it off, fontbox and PDFBox never read it (and
    // reading Source's costs more than the rest of the face together).
    if (gsub) ttf.getGsub();
    ttf.getName();
    ttf.getUnicodeCmapLookup(false);
    return ttf;
  }

  /**
   * The engine's font-metrics cache, keyed as the engine keys it ({@code font-metrics2:family:weight:style}), that
   * knows every bundled family the faces are registered under and learns nothing: on a miss the engine parses the
   * face and works its metrics out, as it does without the cache.
   */
  private static FSCacheEx<String, FSCacheValue> metricsCache() {
    Map<String, FSCacheValue> known = new HashMap<>();
    List<Face> faces = new java.util.ArrayList<>(FACES);
    faces.addAll(FALLBACKS);
    for (Face f : faces) {
      FaceFacts facts = Facts.BY_FILE.get(f.file());
      if (facts == null) continue;
      String style = f.style() == FontStyle.ITALIC ? "italic" : "normal";
      // Told apart by identity: a record's own equals is bootstrapped at run time, a cost at every start.
      boolean fallback = FALLBACKS.stream().anyMatch(x -> x == f);
      List<String> families = fallback ? List.of(f.family()) : families(f);
      for (String family : families) {
        known.put("font-metrics2:" + family + ":" + f.weight() + ":" + style, facts.metrics());
      }
    }
    Map<String, FSCacheValue> metrics = Map.copyOf(known);
    return new FSCacheEx<>() {
      @Override
      public void put(String key, FSCacheValue value) {}

      @Override
      public FSCacheValue get(String key, java.util.concurrent.Callable<? extends FSCacheValue> loader) {
        FSCacheValue value = metrics.get(key);
        if (value != null) return value;
        try {
          return loader.call();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public FSCacheValue get(String key) {
        return metrics.get(key);
      }
    };
  }

  /** The engine's builder, able to take a PDF font supplier for a fallback font too. */
  static final class Builder extends PdfRendererBuilder {
    void useFallbackFont(PDFontSupplier supplier, String family, int weight) {
      state._fonts.add(new AddedFont(supplier, weight, family, true, FontStyle.NORMAL,
          EnumSet.of(FSFontUseCase.FALLBACK_PRE)));
    }
  }
}
