package dev.cvpress.render.pdf;

import dev.cvpress.diag.Code;
import dev.cvpress.files.ResourcePolicy;
import dev.cvpress.render.Bookmark;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/** HTML + CSS to PDF bytes. The one public entry of the PDF stage. */
public final class PdfRenderer {
  static {
    EngineLog.silence();
  }

  private PdfRenderer() {}

  /**
   * How to produce the PDF.
   *
   * @param resourceRoot the only folder whose files the document may read (images, style sheets)
   * @param allowRemote let http(s) resources in
   * @param created the date stamped into the PDF, so that equal inputs give equal bytes
   * @param producer the Producer entry of the PDF
   * @param userFont a TrueType file chosen by the user, or null
   * @param userFontFamily the CSS family name the user's font answers to
   * @param userFontTrusted the font was named on the command line, not in the document, so it may come from
   *     anywhere
   * @param outline the PDF's bookmarks, in order; each leads to the element with its anchor as id
   * @param pageFooter write "Page X of Y", in the document's language, at the foot of each page (in the theme's
   *     margin box that holds {@code content: page-footer;}, else at the bottom right)
   * @param embedded files carried inside the PDF (the résumé's source), dated {@code created}; with {@code pdfA},
   *     PDF/A-3u and each an associated file of the document
   */
  public record Options(Path resourceRoot, boolean allowRemote, Instant created, String producer, Path userFont,
      String userFontFamily, boolean pdfA, boolean userFontTrusted, List<Bookmark> outline, boolean pageFooter,
      List<EmbeddedFile> embedded) {
    public Options {
      outline = List.copyOf(outline);
      // Files still being written are kept as they are: the PDF waits for them when it is written.
      embedded = embedded instanceof EmbeddedFile.Later ? embedded : List.copyOf(embedded);
    }

    /** No outline and no page footer. */
    public Options(Path resourceRoot, boolean allowRemote, Instant created, String producer, Path userFont,
        String userFontFamily, boolean pdfA, boolean userFontTrusted) {
      this(resourceRoot, allowRemote, created, producer, userFont, userFontFamily, pdfA, userFontTrusted, List.of(),
          false, List.of());
    }

    public Options(Path resourceRoot, boolean allowRemote, Instant created, String producer, Path userFont,
        String userFontFamily) {
      this(resourceRoot, allowRemote, created, producer, userFont, userFontFamily, false, false);
    }

    /** The same options with this outline, one bookmark per entry. */
    public Options withOutline(List<Bookmark> outline) {
      return new Options(resourceRoot, allowRemote, created, producer, userFont, userFontFamily, pdfA,
          userFontTrusted, outline, pageFooter, embedded);
    }

    /** The same options with or without "Page X of Y" at the foot of each page. */
    public Options withPageFooter(boolean pageFooter) {
      return new Options(resourceRoot, allowRemote, created, producer, userFont, userFontFamily, pdfA,
          userFontTrusted, outline, pageFooter, embedded);
    }

    /** The same options with these files carried inside the PDF, in this order. */
    public Options withEmbedded(List<EmbeddedFile> embedded) {
      return new Options(resourceRoot, allowRemote, created, producer, userFont, userFontFamily, pdfA,
          userFontTrusted, outline, pageFooter, embedded);
    }
  }

  /** The sRGB profile PDF/A needs as its output intent; Java carries one, so no file has to be bundled. */
  private static byte[] srgbProfile() {
    return java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
  }

  /**
   * A laid-out PDF.
   *
   * @param refused resources the document asked for and was not allowed to read
   * @param lastPageFill how much of the last page's height the content reaches, 0 to 1
   * @param problems what could not be drawn or loaded, each a warning for the user
   */
  public record Result(byte[] pdf, int pages, List<String> refused, double lastPageFill, List<Problem> problems) {}

  /**
   * Something the PDF lacks: a resource not loaded ({@code uri} set) or a character no font can draw
   * ({@code codePoint} set, else -1).
   *
   * @param code what kind of problem it is
   */
  public record Problem(Code code, String uri, int codePoint, String message, String hint) {}

  /** Lays out {@code html} (a complete document) and writes it as a tagged PDF with embedded fonts. */
  public static Result render(String html, URI baseUri, Options options) throws IOException {
    try (Laid laid = layout(html, baseUri, options)) {
      return laid.write();
    }
  }

  /**
   * Lays out {@code html} without writing it yet: the page count is known, and the caller decides whether this is
   * the layout to write. Close it when done, written or not.
   */
  public static Laid layout(String html, URI baseUri, Options options) throws IOException {
    return layout(html, baseUri, options, new Streams(options.resourceRoot(), options.allowRemote()));
  }

  /**
   * As {@link #layout(String, URI, Options)}, reading resources through {@code streams}: pass the same one to every
   * layout of a document, and each resource is read (or fetched) once for all of them.
   */
  public static Laid layout(String html, URI baseUri, Options options, Streams streams) throws IOException {
    org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri.toString());
    EngineMarkup.add(parsed, options.outline(), options.pageFooter());

    List<String> refused = new ArrayList<>();
    List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    ResourcePolicy policy = streams.policy();
    Path userFont = userFont(options, policy, problems);
    Images.guard(parsed, baseUri, streams, refused, problems);
    Glyphs.Plan glyphs = Glyphs.prepare(parsed, userFont);
    EngineMarkup.tableHeaders(parsed);
    InlineRuns.order(parsed);
    for (int cp : glyphs.missing()) {
      problems.add(new Problem(Code.MISSING_GLYPH, null, cp, "no font can draw " + Glyphs.describe(cp),
          SystemFonts.installHint(cp)));
    }
    java.util.Set<Integer> drawable = DrawableCharacters.of(parsed);
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
    java.util.function.BiConsumer<String, String> streamProblem = (uri, why) -> problems.add(
        new Problem(Code.RESOURCE_UNREADABLE, uri, -1, "not loaded: " + uri + ": " + why,
            "check the file, or leave it out"));
    java.util.Map<String, ResourcePolicy.Verdict> verdicts = new java.util.concurrent.ConcurrentHashMap<>();
    PreparedPictures.Pass pictures = new PreparedPictures.Pass(PreparedPictures.bundled());
    PDDocument doc = new PDDocument();
    FontLibrary.Builder builder = new FontLibrary.Builder();
    builder.usePDDocument(doc);
    builder.withW3cDocument(dom, baseUri.toString())
        .useFastMode()
        .usePdfUaAccessibility(true)
        .withProducer(options.producer())
        .useUnicodeBidiSplitter(JdkBidi.Splitter::new)
        .useUnicodeBidiReorderer(new JdkBidi.Reorderer())
        .useUnicodeLineBreaker(new LineBreaks())
        .useProtocolsStreamImplementation(streams.factory(streamProblem, pictures), "file", "data")
        .useHttpStreamImplementation(streams.factory(streamProblem, pictures))
        .useExternalResourceAccessControl((uri, type) -> {
          // Asked again for each use of a resource: the verdict (symbolic links resolved) is worked out once.
          ResourcePolicy.Verdict verdict =
              uri == null ? policy.check(null) : verdicts.computeIfAbsent(uri, policy::check);
          if (!verdict.allowed()) Images.refuse(uri, verdict, refused, problems);
          return verdict.allowed();
        }, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    if (options.pdfA()) {
      // PDF/A-2 may embed only PDF/A files; PDF/A-3 may carry any file, as an associated file of the document.
      builder.usePdfAConformance(options.embedded().isEmpty() ? PdfRendererBuilder.PdfAConformance.PDFA_2_U
          : PdfRendererBuilder.PdfAConformance.PDFA_3_U).useColorProfile(srgbProfile());
    }
    FontLibrary.register(builder, doc, drawable, drawable == null || html.contains("@font-face"));
    if (userFont != null) {
      MachineFaces.registerUserFont(builder, doc, SystemFonts.faces(userFont), options.userFontFamily());
    }
    MachineFaces.registerFallbacks(builder, doc, glyphs.faces());

    PdfBoxRenderer renderer = null;
    try {
      renderer = builder.buildPdfRenderer();
      boolean ownXmp = !options.pdfA() && XmpPacket.takeOver(renderer);
      renderer.layout();
      // Before anything is drawn: the bullet pictures laid out from stand-ins get their prepared objects.
      PdfBoxRenderer laidOut = renderer;
      pictures.finish(uri -> imageOf(laidOut, uri), doc.getDocument());
      int pages = renderer.getRootBox().getLayer().getPages().size();
      if (pages > MAX_PAGES) {
        renderer.close();
        throw new TooManyPages(pages);
      }
      String lang = ownXmp ? parsed.selectFirst("html").attr("lang") : null;
      return new Laid(renderer, html, options, refused, problems, lang);
    } catch (RuntimeException | Error e) {
      if (renderer != null) renderer.close();
      else doc.close();
      throw e;
    }
  }

  /** The image object the engine made for {@code uri} in this layout, from its cache of pictures; else null. */
  private static org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject imageOf(PdfBoxRenderer renderer,
      String uri) {
    var resource = renderer.getSharedContext().getUserAgentCallback().getImageResource(uri);
    return resource != null && resource.getImage() instanceof com.openhtmltopdf.pdfboxout.PdfBoxImage image
        ? image.getXObject() : null;
  }

  /** No résumé is longer; drawing and writing thousands of pages (an unclosed code fence) would take gigabytes. */
  public static final int MAX_PAGES = 50;

  /** The layout ran past {@link #MAX_PAGES}; nothing was drawn. */
  public static final class TooManyPages extends IOException {
    private static final long serialVersionUID = 1L;
    private final int pages;

    TooManyPages(int pages) {
      super("the document would be " + pages + " pages; the limit is " + MAX_PAGES);
      this.pages = pages;
    }

    public int pages() {
      return pages;
    }
  }

  /** A laid-out document, not yet written. */
  public static final class Laid implements AutoCloseable {
    private final PdfBoxRenderer renderer;
    private final String html;
    private final Options options;
    private final List<String> refused;
    private final List<Problem> problems;
    /** The document's language when cvpress writes the XMP packet itself (see {@link XmpPacket}), else null. */
    private final String xmpLang;

    private Laid(PdfBoxRenderer renderer, String html, Options options, List<String> refused,
        List<Problem> problems, String xmpLang) {
      this.renderer = renderer;
      this.html = html;
      this.options = options;
      this.refused = refused;
      this.problems = problems;
      this.xmpLang = xmpLang;
    }

    public int pages() {
      return renderer.getRootBox().getLayer().getPages().size();
    }

    public double lastPageFill() {
      return PdfRenderer.lastPageFill(renderer);
    }

    /** Draws the pages and writes the PDF. */
    public Result write() throws IOException {
      double fill = lastPageFill();
      renderer.createPDFWithoutClosing();
      PDDocument doc = renderer.getPdfDocument();
      PageArtifacts.mark(doc);
      if (xmpLang != null) XmpPacket.write(doc, xmpLang);
      Reproducible.stamp(doc, html, options);
      EmbeddedFile.embed(doc, options.embedded(), EmbeddedFile.utc(options.created().toEpochMilli()));
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      doc.save(out, COMPRESSION);
      List<Problem> seen;
      synchronized (problems) {
        seen = List.copyOf(new java.util.LinkedHashSet<>(problems));
      }
      return new Result(CrossReference.withOwnEntry(out.toByteArray()), doc.getNumberOfPages(), List.copyOf(refused),
          fill, seen);
    }

    @Override
    public void close() {
      renderer.close();
    }
  }

  /** Object streams of up to 1,000 objects (PDFBox's default is 100): small objects compress better together. */
  private static final CompressParameters COMPRESSION = new CompressParameters(1000);

  /** How far down its usable height the last page's content reaches, from the laid-out page boxes. */
  private static double lastPageFill(PdfBoxRenderer renderer) {
    var root = renderer.getRootBox();
    var pages = root.getLayer().getPages();
    if (pages.isEmpty()) return 0;
    var last = pages.get(pages.size() - 1);
    double height = last.getBottom() - last.getTop();
    double used = root.getAbsY() + root.getHeight() - last.getTop();
    return height <= 0 ? 0 : Math.max(0, Math.min(1, used / height));
  }

  /** PNG images of the first {@code maxPages} pages of a PDF, at {@code dpi} dots per inch. */
  public static List<byte[]> pagesAsPng(byte[] pdf, int dpi, int maxPages) throws IOException {
    return PageImages.png(pdf, dpi, maxPages);
  }

  /**
   * The user's font file when the policy lets the document read it: inside the résumé's folder, or one of the
   * machine's font folders.
   */
  private static Path userFont(Options options, ResourcePolicy policy, List<Problem> problems) {
    Path font = options.userFont();
    if (font == null) return null;
    // Judged before it is opened, on where it really leads; only that real path is read.
    ResourcePolicy.Located located = options.userFontTrusted() ? ResourcePolicy.anywhere(font) : policy.font(font);
    if (!located.verdict().allowed()) {
      problems.add(new Problem(ResourcePolicy.code(located.verdict()), font.toString(), -1,
          "font not loaded: " + font + " "
          + ResourcePolicy.why(located.verdict()),
          "copy the font next to the résumé, or install it in a system font folder"));
      return null;
    }
    Path real = located.real();
    if (SystemFonts.faces(real).isEmpty()) {
      problems.add(new Problem(Code.FONT_UNUSABLE, font.toString(), -1, "font not used: " + font.getFileName()
          + " has no TrueType outlines (CFF/OpenType collections cannot be embedded)",
          "use a .ttf file with TrueType outlines"));
      return null;
    }
    return real;
  }
}
