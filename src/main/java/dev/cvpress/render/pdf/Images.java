package dev.cvpress.render.pdf;

import dev.cvpress.diag.Code;
import dev.cvpress.files.ResourcePolicy;
import dev.cvpress.render.pdf.PdfRenderer.Problem;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Applies the {@link ResourcePolicy} to a document's images before layout, and makes sure each one left can be
 * drawn: an image the document may not read, that does not exist, or that is no picture the engine can draw
 * (corrupt, truncated, SVG, too many pixels) is replaced by its alt text with a warning that says why, so the page
 * still says what was meant. Style sheet {@code url()}s meet the same policy in the engine's access control.
 */
final class Images {
  private Images() {}

  static void guard(Document doc, URI base, Streams streams, List<String> refused, List<Problem> problems) {
    for (Element img : doc.select("img[src]")) {
      String src = img.attr("src").strip();
      String resolved = ResourcePolicy.absolute(base, src);
      ResourcePolicy.Verdict verdict = src.isEmpty() ? ResourcePolicy.Verdict.MISSING
          : streams.policy().check(resolved);
      if (!verdict.allowed()) {
        refuse(src.isEmpty() ? "(empty)" : src, resolved, verdict, refused, problems);
        replaceWithAlt(img);
        continue;
      }
      Streams.Loaded loaded = streams.load(resolved);
      String why = loaded.problem() != null ? loaded.problem() : drawable(streams, resolved, loaded.bytes());
      if (why != null) {
        problems.add(new Problem(Code.IMAGE_UNUSABLE, src, -1, "image left out: " + shown(src, resolved) + ": " + why,
            "use a PNG or JPEG file next to the résumé"));
        replaceWithAlt(img);
        continue;
      }
      img.attr("src", img.hasClass("photo") ? streams.once("photo " + resolved,
          () -> squared(resolved, loaded.bytes())) : resolved);
    }
  }

  /** Why the engine could not draw these bytes; null when it can. Worked out once per document and image. */
  private static String drawable(Streams streams, String uri, byte[] bytes) {
    String lower = uri.toLowerCase(Locale.ROOT);
    boolean pdf = lower.startsWith("data:application/pdf;base64,") || !lower.startsWith("data:")
        && lower.replaceFirst("[?#].*$", "").endsWith(".pdf");
    if (pdf) {
      // The engine draws the first page of a PDF named this way as a picture.
      if (!new String(bytes, 0, Math.min(5, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1)
          .equals("%PDF-")) {
        return "it is not a PDF file";
      }
      return streams.once("drawable " + uri, () -> java.util.Optional.ofNullable(PdfPictureCheck.problem(bytes)))
          .orElse(null);
    }
    return streams.once("drawable " + uri, () -> java.util.Optional.ofNullable(ImageCheck.problem(bytes)))
        .orElse(null);
  }

  private static void replaceWithAlt(Element img) {
    String alt = img.attr("alt").strip();
    if (alt.isEmpty()) {
      img.remove();
    } else {
      img.replaceWith(new Element("span").addClass("image-alt").text("[" + alt + "]"));
    }
  }

  private static String shown(String src, String resolved) {
    if (src.regionMatches(true, 0, "data:", 0, 5)) return src.length() > 40 ? src.substring(0, 40) + "…" : src;
    return resolved.replaceFirst("^file:(//)?", "");
  }

  /** Records a refusal seen by the engine's access control (style sheets, fonts, CSS images). */
  static void refuse(String uri, ResourcePolicy.Verdict verdict, List<String> refused, List<Problem> problems) {
    refuse(uri, uri, verdict, refused, problems);
  }

  private static void refuse(String src, String resolved, ResourcePolicy.Verdict verdict, List<String> refused,
      List<Problem> problems) {
    synchronized (refused) {
      if (!refused.contains(src)) refused.add(src);
      else return;
    }
    String shown = resolved.replaceFirst("^file:(//)?", "");
    Problem p = switch (verdict) {
      case REMOTE -> new Problem(Code.REMOTE_NOT_ALLOWED, src, -1,
          "not loaded: " + src + " (cvpress fetches nothing from the network by default)",
          "pass --allow-remote to let web images in, or save the image next to the résumé");
      case MISSING -> new Problem(Code.IMAGE_NOT_FOUND, src, -1, "image not found: " + shown,
          "check the file name; paths are relative to the résumé's folder");
      case SPECIAL -> new Problem(Code.NOT_A_REGULAR_FILE, src, -1, "not loaded: " + shown + " (not a regular file)",
          "refer to a regular file: not a folder, a pipe or a device");
      case SCHEME -> new Problem(Code.NOT_A_FILE, src, -1,
          "not loaded: " + src + " (only files in the résumé's folder are read)",
          "save the file next to the résumé and refer to it by a relative path");
      default -> new Problem(Code.OUTSIDE_FOLDER, src, -1, "not loaded: " + shown + " (outside the résumé's folder)",
          "copy the file into the résumé's folder and refer to it by a relative path");
    };
    problems.add(p);
  }

  /** The longest side a cropped photo keeps: plenty for a 24 mm frame at print resolution, small in the PDF. */
  private static final int PHOTO_PIXELS = 600;

  /**
   * A portrait or landscape photo centre-cropped to a square, as a data URI: the themes frame the photo in a
   * square (or a circle) and the engine has no object-fit, so an uncropped photo would be squashed. A square
   * photo is left as it was.
   */
  private static String squared(String uri, byte[] bytes) {
    BufferedImage image = ImageCheck.decode(bytes, PHOTO_PIXELS);
    if (image == null || image.getWidth() == image.getHeight()) return uri;
    int side = Math.min(image.getWidth(), image.getHeight());
    BufferedImage crop = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 3, side, side);
    int target = Math.min(side, PHOTO_PIXELS);
    BufferedImage out = new BufferedImage(target, target, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, target, target);
    g.drawImage(crop, 0, 0, target, target, null);
    g.dispose();
    boolean jpeg = jpeg(bytes);
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    try {
      ImageIO.write(out, jpeg ? "jpeg" : "png", encoded);
    } catch (IOException e) {
      return uri;
    }
    return "data:image/" + (jpeg ? "jpeg" : "png") + ";base64,"
        + Base64.getEncoder().encodeToString(encoded.toByteArray());
  }

  private static boolean jpeg(byte[] bytes) {
    return bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
  }
}
