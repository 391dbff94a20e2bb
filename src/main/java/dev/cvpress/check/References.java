package dev.cvpress.check;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.SourceLines;
import dev.cvpress.model.Meta;
import dev.cvpress.render.pdf.PdfRenderer;
import dev.cvpress.style.Style;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.html.Links;
import dev.cvpress.files.ResourcePolicy;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every image and link a résumé names, with where it is named: one walk over the whole model (header, every block
 * kind, every inline kind), so that a warning about a resource or a link lands on the line that asked for it.
 */
public final class References {
  /** An image source or a link target as written, and the position of the node that holds it. */
  public record Reference(boolean image, String target, SourcePos pos) {}

  private final String file;
  private final String[] lines;
  private final List<Reference> found = new ArrayList<>();
  private final Map<String, Reference> images = new HashMap<>();

  private References(String file, String text) {
    this.file = file;
    String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.lines = normal.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
  }

  /** Link warnings beyond this many are summed up in one: a pasted page can hold thousands. */
  private static final int MAX_LINK_WARNINGS = 20;

  /** A warning for each link whose target the web page and the PDF do not keep (see {@link Links}). */
  public void warnAboutLinks(List<Diagnostic> warnings) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    int more = 0;
    SourcePos firstMore = null;
    for (Reference ref : found) {
      if (ref.image() || Links.allowed(ref.target()) || !seen.add(ref.pos() + " " + ref.target())) continue;
      if (seen.size() > MAX_LINK_WARNINGS) {
        if (more++ == 0) firstMore = where(ref);
        continue;
      }
      String shown = ref.target().codePoints().limit(60)
          .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      boolean tooLong = ref.target().length() > Links.MAX_LENGTH;
      warnings.add(Diagnostic.warning(Code.LINK_NOT_KEPT, where(ref), (tooLong
              ? "link target of more than " + String.format("%,d", Links.MAX_LENGTH) + " characters"
              : "link to a " + Links.scheme(ref.target()) + " target")
          + " written as plain text: " + shown + (ref.target().length() > 60 ? "…" : ""),
          tooLong ? "link to a shorter address"
              : "links may go to http(s), mailto: and tel: addresses, or to a relative path"));
    }
    if (more > 0) {
      warnings.add(Diagnostic.warning(Code.MORE_OF_A_KIND, firstMore,
          more + " more links, from here on, have targets written as plain text",
          "links may go to http(s), mailto: and tel: addresses, or to a relative path"));
    }
  }

  /**
   * Where the image is that names {@code uri}, as written (what the image check reports) or resolved (what the
   * engine asks for); null when no image names it.
   */
  public SourcePos image(String uri) {
    Reference ref = images.get(uri);
    return ref == null ? null : where(ref);
  }

  /** The sources of the images the résumé shows, its photo first, as written: files an output must not replace. */
  public List<String> imageSources() {
    return found.stream().filter(Reference::image).map(Reference::target).distinct().toList();
  }

  /**
   * A warning for something the PDF lacks, placed where the résumé has it: a resource at the image (or the
   * {@code photo:}, {@code style.font} or {@code style.theme} line) that refers to it, a character at its first use.
   */
  public Diagnostic place(PdfRenderer.Problem problem, Style style, Meta meta, String text) {
    SourcePos pos = SourcePos.file(file);
    if (problem.codePoint() >= 0) {
      pos = SourceLines.firstUse(file, text, problem.codePoint());
    } else if (problem.uri() != null) {
      String uri = problem.uri();
      SourcePos image = image(uri);
      Map<String, SourcePos> stylePos = meta.stylePos();
      if (image != null) {
        pos = image;
      } else if (style.fontFile() != null && uri.equals(style.fontFile().toString())) {
        pos = stylePos.getOrDefault("font", pos);
      } else if (style.theme() != null && !Style.fromCommandLine(meta, "theme")) {
        pos = stylePos.getOrDefault("theme", pos); // a url() or @import in the résumé's own style sheet
      }
    }
    return Diagnostic.warning(problem.code(), pos, problem.message(), problem.hint());
  }

  /** The references of {@code resume}, parsed from {@code text}. */
  public static References of(Resume resume, String file, String text, Map<String, SourcePos> frontMatterKeys, URI base) {
    References r = new References(file, text);
    SourcePos top = SourcePos.file(file);
    if (resume.header().photo() != null) {
      r.add(true, resume.header().photo(), frontMatterKeys.getOrDefault("photo", top));
    }
    r.inlines(resume.header().headline(), top);
    for (Contact c : resume.header().contacts()) {
      if (c.url() != null) r.add(false, c.url(), new SourcePos(file, 1, 1));
    }
    r.blocks(resume.intro());
    for (Section s : resume.sections()) r.blocks(s.blocks());
    for (Reference ref : r.found) {
      if (!ref.image()) continue;
      r.images.putIfAbsent(ref.target(), ref);
      r.images.putIfAbsent(ResourcePolicy.absolute(base, ref.target()), ref);
    }
    return r;
  }

  private void blocks(List<Block> blocks) {
    Nodes.stream(blocks).forEach(node -> {
      if (node instanceof Block.Image img) add(true, img.src(), img.pos());
      if (node instanceof Entry e && e.url() != null) add(false, e.url(), e.pos());
      for (List<Inline> run : Nodes.runs(node)) inlines(run, node.pos());
    });
  }

  private void inlines(List<Inline> inlines, SourcePos around) {
    for (Inline i : inlines) {
      if (i instanceof Inline.Image img) {
        add(true, img.src(), img.pos() != null ? img.pos() : around);
      } else if (i instanceof Inline.Link l) {
        SourcePos at = l.pos() != null ? l.pos() : around;
        add(false, l.url(), at);
        inlines(l.children(), at);
      } else {
        inlines(Inline.children(i), around);
      }
    }
  }

  private void add(boolean image, String target, SourcePos pos) {
    found.add(new Reference(image, target, pos == null ? SourcePos.file(file) : pos));
  }

  /**
   * Where a reference is written: a node from a raw HTML block (or a contact line) carries the position of its
   * block, and the image or link inside it may be lines further down. The node's position itself when the target
   * is on its line, or is not written as such (an entity-encoded URL). Worked out only for what is warned about.
   */
  public SourcePos where(Reference ref) {
    String target = ref.target();
    SourcePos pos = ref.pos();
    if (target.isEmpty() || pos.line() == 0 || pos.line() > lines.length) return pos;
    if (lines[pos.line() - 1].contains(target)) return pos;
    for (int n = pos.line(); n < lines.length && n < pos.line() + 50; n++) {
      int at = lines[n].indexOf(target);
      if (at >= 0) return new SourcePos(file, n + 1, lines[n].codePointCount(0, at) + 1);
    }
    return pos;
  }
}
