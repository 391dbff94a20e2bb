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
        img.attr("src", resolved);
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
}
