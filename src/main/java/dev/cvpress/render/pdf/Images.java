package dev.cvpress.render.pdf;

import dev.cvpress.render.pdf.PdfRenderer.Problem;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Applies the {@link ResourcePolicy} to a document's images before layout: an image the document may not read,
 * or that does not exist, is replaced by its alt text, so the page still says what was meant and nothing is
 * opened or contacted. Style sheet {@code url()}s meet the same policy in the engine's access control.
 */
final class Images {
  private Images() {}

  static void guard(Document doc, URI base, ResourcePolicy policy, List<String> refused, List<Problem> problems) {
    for (Element img : doc.select("img[src]")) {
      String src = img.attr("src").strip();
      String resolved;
      try {
        boolean absolute = src.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]+:.*");
        // A relative path may hold spaces and other characters a URI must quote.
        resolved = absolute ? src : base.resolve(new URI(null, null, src, null)).toString();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        resolved = src;
      }
      ResourcePolicy.Verdict verdict = src.isEmpty() ? ResourcePolicy.Verdict.MISSING : policy.check(resolved);
      if (verdict.allowed()) {
        img.attr("src", img.hasClass("photo") ? squared(resolved) : resolved);
        continue;
      }
      refuse(src.isEmpty() ? "(empty)" : src, resolved, verdict, refused, problems);
      String alt = img.attr("alt").strip();
      if (alt.isEmpty()) {
        img.remove();
      } else {
        img.replaceWith(new Element("span").addClass("image-alt").text("[" + alt + "]"));
      }
    }
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
      case REMOTE -> new Problem(src, -1, "not loaded: " + src + " (cvpress fetches nothing from the network by default)",
          "pass --allow-remote to let web images in, or save the image next to the résumé");
      case MISSING -> new Problem(src, -1, "image not found: " + shown,
          "check the file name; paths are relative to the résumé's folder");
      case SCHEME -> new Problem(src, -1, "not loaded: " + src + " (only files in the résumé's folder are read)",
          "save the file next to the résumé and refer to it by a relative path");
      default -> new Problem(src, -1, "not loaded: " + shown + " (outside the résumé's folder)",
          "copy the file into the résumé's folder and refer to it by a relative path");
    };
    problems.add(p);
  }

  /** The longest side a cropped photo keeps: plenty for a 24 mm frame at print resolution, small in the PDF. */
  private static final int PHOTO_PIXELS = 600;

  /**
   * A portrait or landscape photo centre-cropped to a square, as a data URI: the themes frame the photo in a
   * square (or a circle) and the engine has no object-fit, so an uncropped photo would be squashed. Anything
   * that cannot be read as an image is left as it was.
   */
  static String squared(String uri) {
    try {
      if (!uri.startsWith("file:")) return uri;
      java.nio.file.Path file = java.nio.file.Path.of(URI.create(uri));
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
      if (image == null || image.getWidth() == image.getHeight()) return uri;
      int side = Math.min(image.getWidth(), image.getHeight());
      java.awt.image.BufferedImage crop = image.getSubimage((image.getWidth() - side) / 2,
          (image.getHeight() - side) / 3, side, side);
      int target = Math.min(side, PHOTO_PIXELS);
      java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(target, target,
          java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D g = out.createGraphics();
      g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
          java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, target, target);
      g.drawImage(crop, 0, 0, target, target, null);
      g.dispose();
      boolean jpeg = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.jpe?g$");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(out, jpeg ? "jpeg" : "png", bytes);
      return "data:image/" + (jpeg ? "jpeg" : "png") + ";base64,"
          + java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
    } catch (java.io.IOException | RuntimeException e) {
      return uri;
    }
  }
}
