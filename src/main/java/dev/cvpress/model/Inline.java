package dev.cvpress.model;

import java.util.List;

/** Text-level content: what a paragraph, a heading or a list item is made of. */
public sealed interface Inline {
  record Text(String text) implements Inline {
    public Text {
      if (text == null) throw new IllegalArgumentException("text");
    }
  }

  record Emph(List<Inline> children) implements Inline {
    public Emph {
      children = List.copyOf(children);
    }
  }

  record Strong(List<Inline> children) implements Inline {
    public Strong {
      children = List.copyOf(children);
    }
  }

  record Strike(List<Inline> children) implements Inline {
    public Strike {
      children = List.copyOf(children);
    }
  }

  record Code(String text) implements Inline {}

  record Link(String url, List<Inline> children, SourcePos pos) implements Inline {
    public Link {
      children = List.copyOf(children);
    }
  }

  record Image(String src, String alt, SourcePos pos) implements Inline {}

  record LineBreak() implements Inline {}

  /** The plain text of inline content, as a reader or a search engine would see it. */
  static String plain(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : inlines) appendPlain(inline, out);
    return out.toString();
  }

  private static void appendPlain(Inline inline, StringBuilder out) {
    if (inline instanceof Text t) out.append(t.text());
    else if (inline instanceof Code c) out.append(c.text());
    else if (inline instanceof Image i) out.append(i.alt());
    else if (inline instanceof LineBreak) out.append(' ');
    else children(inline).forEach(c -> appendPlain(c, out));
  }

  /** The nested content of a container inline; empty for leaves. */
  static List<Inline> children(Inline inline) {
    if (inline instanceof Emph e) return e.children();
    if (inline instanceof Strong s) return s.children();
    if (inline instanceof Strike s) return s.children();
    if (inline instanceof Link l) return l.children();
    return List.of();
  }
}
