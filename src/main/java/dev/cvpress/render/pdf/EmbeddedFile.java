package dev.cvpress.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * A file carried inside the PDF (the résumé's source, so that a PDF found in a mailbox can be edited again): its
 * name, MIME type, bytes exactly as read, and a description a PDF reader shows beside it.
 */
public record EmbeddedFile(String name, String mimeType, byte[] bytes, String description) {
  public EmbeddedFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(bytes, "bytes");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Files to carry: some known now, the rest still being written on another thread while the pages are laid out.
   * The PDF waits for them only when it is written; whether there are any is known at once from those known now.
   * A form that could not be written is left out.
   */
  public static List<EmbeddedFile> later(List<EmbeddedFile> now,
      java.util.concurrent.CompletableFuture<List<EmbeddedFile>> rest) {
    return new Later(List.copyOf(now), rest);
  }

  /** The list {@link #later} makes; {@link PdfRenderer.Options} keeps it as it is rather than copying it. */
  static final class Later extends java.util.AbstractList<EmbeddedFile> {
    private final List<EmbeddedFile> now;
    private final java.util.concurrent.CompletableFuture<List<EmbeddedFile>> rest;
    private List<EmbeddedFile> all;

    private Later(List<EmbeddedFile> now, java.util.concurrent.CompletableFuture<List<EmbeddedFile>> rest) {
      this.now = now;
      this.rest = rest;
    }

    private synchronized List<EmbeddedFile> all() {
      if (all == null) {
        List<EmbeddedFile> out = new ArrayList<>(now);
        out.addAll(rest.exceptionally(e -> List.of()).join());
        all = List.copyOf(out);
      }
      return all;
    }

    @Override
    public EmbeddedFile get(int index) {
      return all().get(index);
    }

    @Override
    public int size() {
      return all().size();
    }

    @Override
    public boolean isEmpty() {
      return now.isEmpty() && all().isEmpty();
    }
  }

  /** The MIME type of a Markdown source (RFC 7763). */
  public static final String MARKDOWN = "text/markdown";

  /** The MIME type of a JSON Resume source. */
  public static final String JSON = "application/json";

  /**
   * Adds {@code files} to the document's embedded-files name tree, each stream compressed (FlateDecode) and dated
   * {@code when}, so that equal inputs give equal bytes. For PDF/A-3 each is also an associated file of the
   * document (the catalogue's /AF), related to it as its /Source.
   */
  static void embed(PDDocument doc, List<EmbeddedFile> files, Calendar when) throws IOException {
    if (files.isEmpty()) return;
    Map<String, PDComplexFileSpecification> specs = new LinkedHashMap<>();
    COSArray associated = new COSArray();
    for (EmbeddedFile f : files) {
      PDEmbeddedFile stream = new PDEmbeddedFile(doc, new ByteArrayInputStream(f.bytes), COSName.FLATE_DECODE);
      stream.setSubtype(f.mimeType);
      stream.setSize(f.bytes.length);
      stream.setModDate(when);
      stream.setCreationDate(when);
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile(f.name);
      spec.setFileUnicode(f.name);
      spec.setEmbeddedFile(stream);
      spec.setEmbeddedFileUnicode(stream);
      if (f.description != null) spec.setFileDescription(f.description);
      spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
      specs.put(f.name, spec);
      associated.add(spec);
    }
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(new java.util.TreeMap<>(specs)); // a name tree is sorted by key
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDDocumentNameDictionary names = catalog.getNames();
    if (names == null) {
      names = new PDDocumentNameDictionary(catalog);
      catalog.setNames(names);
    }
    names.setEmbeddedFiles(tree);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }

  /** A calendar in UTC at {@code millis}, the one form PDF dates are written in here. */
  static Calendar utc(long millis) {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(millis);
    return when;
  }

  /** The files embedded in {@code pdf}'s name tree, in the tree's order; empty when there are none. */
  public static List<EmbeddedFile> read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
      List<EmbeddedFile> found = new ArrayList<>();
      if (names != null && names.getEmbeddedFiles() != null) collect(names.getEmbeddedFiles(), found, 0);
      return found;
    }
  }

  /** A name tree is deep only in a hostile file; this is deeper than any real one. */
  private static final int MAX_DEPTH = 32;

  private static void collect(org.apache.pdfbox.pdmodel.common.PDNameTreeNode<PDComplexFileSpecification> node, List<EmbeddedFile> found, int depth)
      throws IOException {
    if (depth > MAX_DEPTH) throw new IOException("the embedded files' name tree is nested too deeply");
    Map<String, PDComplexFileSpecification> here = node.getNames();
    if (here != null) {
      for (Map.Entry<String, PDComplexFileSpecification> e : here.entrySet()) {
        PDComplexFileSpecification spec = e.getValue();
        if (spec == null) continue;
        PDEmbeddedFile stream = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode()
            : spec.getEmbeddedFile();
        if (stream == null) continue;
        String name = spec.getFileUnicode() != null ? spec.getFileUnicode()
            : spec.getFilename() != null ? spec.getFilename() : e.getKey();
        String mime = stream.getSubtype() != null ? stream.getSubtype() : "application/octet-stream";
        found.add(new EmbeddedFile(name, mime, stream.toByteArray(), spec.getFileDescription()));
      }
    }
    var kids = node.getKids();
    if (kids != null) for (var kid : kids) collect(kid, found, depth + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmbeddedFile f && name.equals(f.name) && mimeType.equals(f.mimeType)
        && java.util.Arrays.equals(bytes, f.bytes) && Objects.equals(description, f.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, mimeType, java.util.Arrays.hashCode(bytes), description);
  }

  @Override
  public String toString() {
    return name + " (" + mimeType + ", " + bytes.length + " bytes)";
  }
}
