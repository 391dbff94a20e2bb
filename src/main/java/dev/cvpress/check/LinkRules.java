package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Relative links and images that point at files that are not there, or outside the résumé's folder, and images
 * without a description.
 */
final class LinkRules implements Rules {
  /** An image or a link target the résumé's body names; {@code alt} is null for a link. */
  private record Target(boolean image, String target, SourcePos pos, String alt) {
    String kind() {
      return image ? "image" : "link target";
    }
  }

  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    Path dir = checked.input().toAbsolutePath().normalize().getParent();
    for (Target t : targets(checked.resume())) {
      if (t.image() && t.alt() != null && t.alt().isBlank()) {
        problems.add(Diagnostic.warning(Code.IMAGE_WITHOUT_ALT, t.pos(), "image `" + t.target()
            + "` has no alternative text", "describe it between the brackets, ![like this](" + t.target()
            + "): screen readers and PDF/UA need it"));
      }
      String target = t.target();
      if (target.isBlank() || target.startsWith("#") || target.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) continue;
      String path = target.replaceFirst("[?#].*$", "");
      Path file;
      try {
        file = dir.resolve(URI.create("x:" + path.replace(" ", "%20")).getSchemeSpecificPart()).normalize();
      } catch (IllegalArgumentException e) {
        file = dir.resolve(path).normalize();
      }
      if (!file.startsWith(dir)) {
        // Not even looked up: a résumé has no business naming files outside its folder.
        problems.add(Diagnostic.error(Code.OUTSIDE_FOLDER, t.pos(), t.kind() + " `" + target
            + "` is outside the résumé's folder", "keep what the résumé links to or shows next to it, in its folder"));
      } else if (!Files.exists(file)) {
        SourcePos at = t.pos();
        // The render has already warned about this image at the same place; one report is enough.
        problems.removeIf(d -> !d.isError() && d.pos().equals(at) && d.code() == Code.IMAGE_NOT_FOUND);
        problems.add(Diagnostic.error(t.image() ? Code.IMAGE_NOT_FOUND : Code.BROKEN_LINK, at, t.kind() + " `" + target
            + "` not found", "the path is relative to the résumé's folder; check its spelling"));
      }
    }
  }

  private static List<Target> targets(Resume resume) {
    List<Target> out = new ArrayList<>();
    Nodes.stream(resume).forEach(node -> {
      if (node instanceof Block.Image img) out.add(new Target(true, img.src(), img.pos(), img.alt()));
      Nodes.inlines(node).forEach(i -> {
        if (i instanceof Inline.Link l) {
          out.add(new Target(false, l.url(), l.pos() != null ? l.pos() : node.pos(), null));
        } else if (i instanceof Inline.Image img) {
          out.add(new Target(true, img.src(), img.pos() != null ? img.pos() : node.pos(), img.alt()));
        }
      });
    });
    return out;
  }
}
