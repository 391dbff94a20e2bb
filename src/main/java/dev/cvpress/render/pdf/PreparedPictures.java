package dev.cvpress.render.pdf;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The themes' list-bullet pictures as PDFBox writes them into a PDF, made once at build time ({@code PictureBuild})
 * instead of in every document: PDFBox decodes such a PNG (it has an alpha channel) and encodes it again, pixel by
 * pixel, which in a short-lived process is code run cold — tens of milliseconds for one bullet.
 *
 * <p>The engine's own path is kept, so that it sizes and places the picture exactly as before: while the pages are
 * laid out, the engine is handed a stand-in PNG of the same size that PDFBox takes over without decoding (opaque
 * RGB), and once the layout is done, the stand-in's image object is given the prepared dictionary and data, before
 * anything is drawn. The PDF's bytes are those PDFBox would have written.
 */
final class PreparedPictures {
  private PreparedPictures() {}

  static final String RESOURCE = "/pictures/prepared.bin";

  /** A picture as the theme gives it, its stand-in, and the image object PDFBox makes of the picture. */
  record Picture(byte[] png, byte[] standIn, byte[] standInData, Prepared image) {}

  /** A stream's dictionary entries in PDFBox's order and its data as written (already compressed). */
  record Prepared(List<Map.Entry<String, Object>> entries, byte[] data) {}

  /** Read once per process; package-private so that a test can compare with PDFBox's own path. */
  static volatile List<Picture> bundled;

  /** The prepared pictures the jar carries; none when it carries none (a build without the step). */
  static List<Picture> bundled() {
    List<Picture> b = bundled;
    if (b == null) {
      try (InputStream in = PreparedPictures.class.getResourceAsStream(RESOURCE)) {
        b = in == null ? List.of() : read(new DataInputStream(in));
      } catch (IOException | RuntimeException e) {
        b = List.of(); // the pictures are then made as PDFBox makes them, only slower
      }
      bundled = b;
    }
    return b;
  }

  /** The stand-ins handed out during one layout, to be replaced by their prepared objects when it is done. */
  static final class Pass {
    private final List<Picture> pictures;
    private final Map<String, Picture> served = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    private volatile boolean open = true;

    Pass(List<Picture> pictures) {
      this.pictures = pictures;
    }

    /** The bytes to give the engine for {@code uri}: a stand-in while the layout runs, else {@code bytes}. */
    byte[] serve(String uri, byte[] bytes) {
      if (!open || bytes == null || pictures.isEmpty()) return bytes;
      for (Picture p : pictures) {
        if (Arrays.equals(p.png(), bytes)) {
          served.put(uri, p);
          return p.standIn();
        }
      }
      return bytes;
    }

    /**
     * Ends the stand-ins: later requests (a picture the engine first asks for while drawing) get the real bytes;
     * each image object made from a stand-in, found through {@code imageOf}, gets its prepared contents.
     */
    void finish(java.util.function.Function<String, PDImageXObject> imageOf, COSDocument doc) throws IOException {
      open = false;
      Set<COSStream> done = Collections.newSetFromMap(new IdentityHashMap<>());
      List<Map.Entry<String, Picture>> uses;
      synchronized (served) {
        uses = new ArrayList<>(served.entrySet());
      }
      for (Map.Entry<String, Picture> use : uses) {
        PDImageXObject image = imageOf.apply(use.getKey());
        if (image == null) continue;
        COSStream stream = image.getCOSObject();
        if (!done.add(stream) || !isStandIn(stream, use.getValue())) continue;
        fill(stream, use.getValue().image(), doc);
      }
    }

    private static boolean isStandIn(COSStream stream, Picture p) throws IOException {
      try (InputStream raw = stream.createRawInputStream()) {
        return Arrays.equals(raw.readAllBytes(), p.standInData());
      }
    }
  }

  /** Gives {@code stream} exactly the entries and data prepared, made streams included. */
  private static void fill(COSStream stream, Prepared prepared, COSDocument doc) throws IOException {
    stream.clear();
    for (Map.Entry<String, Object> e : prepared.entries()) {
      stream.setItem(COSName.getPDFName(e.getKey()), base(e.getValue(), doc));
    }
    try (OutputStream out = stream.createRawOutputStream()) {
      out.write(prepared.data());
    }
  }

  private static COSBase base(Object value, COSDocument doc) throws IOException {
    if (value instanceof Prepared p) {
      COSStream s = doc.createCOSStream();
      fill(s, p, doc);
      return s;
    }
    if (value instanceof COSName || value instanceof COSInteger || value instanceof COSBoolean
        || value instanceof COSFloat || value instanceof COSNull) {
      return (COSBase) value;
    }
    if (value instanceof List<?> list) {
      COSArray array = new COSArray();
      for (Object o : list) array.add(base(o, doc));
      return array;
    }
    if (value instanceof DictionaryEntries d) {
      COSDictionary dict = new COSDictionary();
      for (Map.Entry<String, Object> e : d.entries()) dict.setItem(COSName.getPDFName(e.getKey()), base(e.getValue(), doc));
      return dict;
    }
    throw new IOException("not a prepared value: " + value);
  }

  /** A direct dictionary inside a prepared stream's dictionary. */
  record DictionaryEntries(List<Map.Entry<String, Object>> entries) {}

  // The file: pictures, each its PNG, its stand-in, the stand-in's data as PDFBox keeps it, and the prepared
  // stream. Values are tagged: N name, I integer, F float, B boolean, 0 null, A array, D dictionary, S stream.

  static List<Picture> read(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Picture> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] png = bytes(in);
      byte[] standIn = bytes(in);
      byte[] standInData = bytes(in);
      if (in.readByte() != 'S') throw new IOException("a prepared picture is not a stream");
      out.add(new Picture(png, standIn, standInData, stream(in)));
    }
    return List.copyOf(out);
  }

  private static Prepared stream(DataInputStream in) throws IOException {
    return new Prepared(entries(in), bytes(in));
  }

  private static List<Map.Entry<String, Object>> entries(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Map.Entry<String, Object>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(Map.entry(in.readUTF(), value(in)));
    return out;
  }

  private static Object value(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    switch (tag) {
      case 'N': return COSName.getPDFName(in.readUTF());
      case 'I': return COSInteger.get(in.readLong());
      case 'F': return new COSFloat(in.readFloat());
      case 'B': return COSBoolean.getBoolean(in.readBoolean());
      case '0': return COSNull.NULL;
      case 'A': {
        int n = in.readInt();
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(value(in));
        return list;
      }
      case 'D': return new DictionaryEntries(entries(in));
      case 'S': return stream(in);
      default: throw new IOException("unknown value tag " + tag);
    }
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return b;
  }

  /** Writes the file {@link #read} reads: for the build step. */
  static void write(DataOutputStream out, List<byte[]> pngs, List<byte[]> standIns, List<byte[]> standInData,
      List<COSStream> images) throws IOException {
    out.writeInt(pngs.size());
    for (int i = 0; i < pngs.size(); i++) {
      writeBytes(out, pngs.get(i));
      writeBytes(out, standIns.get(i));
      writeBytes(out, standInData.get(i));
      writeValue(out, images.get(i));
    }
  }

  private static void writeValue(DataOutputStream out, COSBase value) throws IOException {
    if (value instanceof COSStream s) {
      out.writeByte('S');
      writeEntries(out, s);
      try (InputStream raw = s.createRawInputStream()) {
        writeBytes(out, raw.readAllBytes());
      }
    } else if (value instanceof COSDictionary d) {
      out.writeByte('D');
      writeEntries(out, d);
    } else if (value instanceof COSName name) {
      out.writeByte('N');
      out.writeUTF(name.getName());
    } else if (value instanceof COSInteger i) {
      out.writeByte('I');
      out.writeLong(i.longValue());
    } else if (value instanceof COSFloat f) {
      out.writeByte('F');
      out.writeFloat(f.floatValue());
    } else if (value instanceof COSBoolean b) {
      out.writeByte('B');
      out.writeBoolean(b.getValue());
    } else if (value instanceof COSNull) {
      out.writeByte('0');
    } else if (value instanceof COSArray a) {
      out.writeByte('A');
      out.writeInt(a.size());
      for (int i = 0; i < a.size(); i++) writeValue(out, a.get(i));
    } else {
      throw new IOException("a picture's object holds " + value + ", which cannot be prepared");
    }
  }

  private static void writeEntries(DataOutputStream out, COSDictionary d) throws IOException {
    out.writeInt(d.size());
    for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
      out.writeUTF(e.getKey().getName());
      writeValue(out, e.getValue());
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }
}
