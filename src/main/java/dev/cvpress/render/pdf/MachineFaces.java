package dev.cvpress.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Fonts of the machine (and the user's {@code style.font}) as documents embed them. A face is read from its file
 * alone (see {@link FaceImage}), made lean as the bundled fonts are (see {@link LeanFont}), parsed at most once per
 * process and shared by every document, each of which embeds its own subset of the glyphs it draws. The engine is
 * never handed the file: it would parse the whole file, every face of a collection, for every document.
 *
 * <p>A parse is held softly: a batch that meets many machine fonts lets the least recently needed ones go
 * rather than run out of memory, and parses them again if they are needed again.
 */
final class MachineFaces {
  private MachineFaces() {}

  private static final Map<String, SoftReference<TrueTypeFont>> PARSED = new ConcurrentHashMap<>();
  private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

  /**
   * Registers machine faces for characters the bundled ones lack, tried after the style sheet's families, each
   * with its bold sibling when there is one. A face that cannot be read is left out.
   */
  static void registerFallbacks(FontLibrary.Builder builder, PDDocument doc, List<SystemFonts.Face> faces) {
    int n = 0;
    for (SystemFonts.Face face : faces) {
      DocumentFace regular = DocumentFace.of(doc, face, null);
      if (regular == null) continue;
      String family = "cvpress fallback " + ++n;
      builder.useFallbackFont(regular, family, 400);
      SystemFonts.Face bold = SystemFonts.bold(face);
      if (bold != null) builder.useFallbackFont(new DocumentFace(doc, bold, regular), family, 700);
    }
  }

  /** Registers the user's font under {@code family}; false when no face of it can be read. */
  static boolean registerUserFont(FontLibrary.Builder builder, PDDocument doc, List<SystemFonts.Face> faces,
      String family) {
    SystemFonts.Face chosen = faces.stream().filter(f -> !f.italic() && f.weight() < 600).findFirst()
        .orElse(faces.isEmpty() ? null : faces.get(0));
    DocumentFace face = chosen == null ? null : DocumentFace.of(doc, chosen, null);
    if (face == null) return false;
    builder.useFont(face, family, 400, FontStyle.NORMAL, true);
    return true;
  }

  /** The shared parse of a face, made when it is first needed in the process (or again after it was let go). */
  static TrueTypeFont parsed(SystemFonts.Face face) throws IOException {
    String key = face.file() + "#" + face.index();
    TrueTypeFont ttf = get(key);
    if (ttf != null) return ttf;
    // One lock per face: a document waiting for one face never waits for another being parsed elsewhere.
    synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
      ttf = get(key);
      if (ttf == null) {
        ttf = parse(face);
        PARSED.put(key, new SoftReference<>(ttf));
      }
      return ttf;
    }
  }

  private static TrueTypeFont get(String key) {
    SoftReference<TrueTypeFont> ref = PARSED.get(key);
    return ref == null ? null : ref.get();
  }

  private static TrueTypeFont parse(SystemFonts.Face face) throws IOException {
    for (FaceImage.Directory dir : FaceImage.read(face.file())) {
      if (dir.index() != face.index()) continue;
      if (dir.size(FaceImage.EMBEDDED) > FaceImage.MAX_FACE_BYTES) throw new IOException("font too big");
      byte[] image = FaceImage.standalone(face.file(), dir, FaceImage.EMBEDDED, false);
      return FontLibrary.load(LeanFont.of(image), true);
    }
    throw new IOException(face.file() + " no longer has face " + face.index());
  }

  /**
   * A face in one document: the PDF font is made when the document first draws with it, at most once. The
   * regular face is parsed before layout, so that a face that cannot be read is never registered; a bold face
   * that cannot be read draws with its regular one.
   */
  private static final class DocumentFace extends PDFontSupplier {
    private final PDDocument doc;
    private final SystemFonts.Face face;
    private final DocumentFace instead;
    private PDFont font;

    DocumentFace(PDDocument doc, SystemFonts.Face face, DocumentFace instead) {
      super(null);
      this.doc = doc;
      this.face = face;
      this.instead = instead;
    }

    /** The face in the document, already parsed; null when it cannot be read. */
    static DocumentFace of(PDDocument doc, SystemFonts.Face face, DocumentFace instead) {
      try {
        parsed(face);
        return new DocumentFace(doc, face, instead);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    /** Layout runs on one thread per document: no lock needed. */
    @Override
    public PDFont supply() {
      if (font != null) return font;
      try {
        PDType0Font type0 = PDType0Font.load(doc, parsed(face), true);
        ReadableGlyphs.apply(type0);
        WordSubstitutions.apply(type0);
        font = type0;
      } catch (IOException | RuntimeException e) {
        if (instead == null) throw new UncheckedIOException(new IOException(face.file() + " cannot be read", e));
        font = instead.supply();
      }
      return font;
    }
  }
}
