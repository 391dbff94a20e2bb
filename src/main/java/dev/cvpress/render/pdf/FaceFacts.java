package dev.cvpress.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a render needs to know of a bundled face before it draws with it, worked out at build time (by
 * {@code FontBuild}, which is not part of the jar) rather than by parsing the face at every start:
 *
 * <ul>
 *   <li>its line metrics, as the engine computes them. The engine asks every font of a family list for its
 *       metrics (the largest ascent sets the line), so a résumé set in Liberation Sans would otherwise parse
 *       DejaVu Sans, the themes' second family and the fallback, without drawing a single glyph with it;
 *   <li>the characters whose glyphs take part in its glyph substitutions, which decide whether a document needs
 *       them (see {@link FontLibrary});
 *   <li>the characters it has a glyph for, which decide whether a document needs a machine font (see
 *       {@link Glyphs}): answered without parsing faces the document may never draw with.
 * </ul>
 *
 * @param metrics ascent, descent, strike-through and underline, in 1/1000 em
 * @param gsubChars the characters whose glyphs appear in any of the face's GSUB substitutions
 * @param covered the characters its Unicode character map gives a glyph for, as ascending ranges: first and last
 *     character of each, one after the other
 */
record FaceFacts(PdfBoxRawPDFontMetrics metrics, Set<Integer> gsubChars, int[] covered) {
  FaceFacts {
    gsubChars = Set.copyOf(gsubChars);
    covered = covered.clone();
  }

  /** Whether the face has a glyph for {@code cp} (its character map gives a glyph other than .notdef). */
  boolean covers(int cp) {
    int lo = 0;
    int hi = covered.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < covered[2 * mid]) hi = mid - 1;
      else if (cp > covered[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** The ranges of {@link #covered}, a copy. */
  @Override
  public int[] covered() {
    return covered.clone();
  }

  /** The file the build writes the facts of every bundled face into, next to the faces. */
  static final String FILE = "faces.properties";

  private static final String RESOURCE = "/fonts/" + FILE;

  /** The file the build writes the characters every bundled face covers into (see {@code FontBuild.coversFile}). */
  static final String COVERS_FILE = "faces.covers";

  /** The facts the build wrote into the jar, by font file name. */
  static Map<String, FaceFacts> bundled() {
    Properties p = new Properties();
    try (InputStream in = FaceFacts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing from the jar: " + RESOURCE);
      try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, int[]> covers = covers();
    Map<String, FaceFacts> faces = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (!key.endsWith(".metrics")) continue;
      String file = key.substring(0, key.length() - ".metrics".length());
      float[] m = floats(p.getProperty(key));
      String gsub = p.getProperty(file + ".gsub", "").strip();
      Set<Integer> chars = gsub.isEmpty() ? Set.of()
          : Arrays.stream(gsub.split(" ")).map(h -> Integer.parseInt(h, 16)).collect(Collectors.toSet());
      faces.put(file, new FaceFacts(new PdfBoxRawPDFontMetrics(m[0], m[1], m[2], m[3], m[4], m[5], m[6]), chars,
          covers.getOrDefault(file, new int[0])));
    }
    return Map.copyOf(faces);
  }

  /** The characters each face covers, as the build wrote them (see {@code FontBuild.coversFile}). */
  private static Map<String, int[]> covers() {
    byte[] bytes;
    try (InputStream in = FaceFacts.class.getResourceAsStream("/fonts/" + COVERS_FILE)) {
      if (in == null) throw new IllegalStateException("missing from the jar: /fonts/" + COVERS_FILE);
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    Map<String, int[]> covers = new java.util.HashMap<>();
    while (b.hasRemaining()) {
      byte[] name = new byte[b.getShort() & 0xFFFF];
      b.get(name);
      int[] ends = new int[b.getInt()];
      b.asIntBuffer().get(ends);
      b.position(b.position() + 4 * ends.length);
      covers.put(new String(name, StandardCharsets.UTF_8), ends);
    }
    return covers;
  }

  private static float[] floats(String s) {
    String[] parts = s.strip().split(" ");
    if (parts.length != 7) throw new IllegalStateException("font metrics need 7 numbers: " + s);
    float[] out = new float[7];
    for (int i = 0; i < 7; i++) out[i] = Float.parseFloat(parts[i]);
    return out;
  }
}
