package dev.cvpress.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's inline nodes to the model's {@link Inline} runs: text merged into runs and trimmed at both ends, links
 * and images with their references resolved, emoji shortcodes as characters, footnote references as their marks,
 * and of inline HTML only line breaks and images.
 */
final class InlineConverter {
  private final MarkdownSource source;
  private final FootnoteNumbers footnotes;
  /** Whether escaped characters are kept apart, as {@link EntryHeading#literal}. */
  private boolean literal;

  InlineConverter(MarkdownSource source, FootnoteNumbers footnotes) {
    this.source = source;
    this.footnotes = footnotes;
  }

  /** The inline content of a paragraph, heading, cell or any other node holding inlines. */
  List<Inline> inlines(Node parent) {
    List<Inline> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) inline(n, out);
    return trim(merge(out));
  }

  /**
   * The inline content of an entry heading, every character its author escaped kept apart (see
   * {@link EntryHeading#literal}), so that {@code Analyst \| Engines} or {@code R&amp;D &mdash; Lab} is text, never
   * a separator between the heading's parts.
   */
  List<Inline> inlinesKeepingEscapes(Node parent) {
    literal = true;
    try {
      return inlines(parent);
    } finally {
      literal = false;
    }
  }

  private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile(
      "\\\\[!-/:-@\\[-`{-~]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private static String keepingEscapes(String raw) {
    java.util.regex.Matcher m = ESCAPE.matcher(raw);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(com.vladsch.flexmark.util.sequence.Escaping.unescapeString(raw.substring(last, m.start())));
      String one = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(m.group());
      // An entity that names nothing stays as written, as flexmark reads it.
      out.append(one.equals(m.group()) ? one : EntryHeading.literal(one));
      last = m.end();
    }
    return out.append(com.vladsch.flexmark.util.sequence.Escaping.unescapeString(raw.substring(last))).toString();
  }

  private void inline(Node n, List<Inline> out) {
    if (n instanceof Text || n instanceof HtmlEntity) {
      String raw = n.getChars().toString();
      out.add(new Inline.Text(literal ? keepingEscapes(raw) : n.getChars().unescape()));
    } else if (n instanceof SoftLineBreak) {
      out.add(new Inline.Text(" "));
    } else if (n instanceof HardLineBreak) {
      out.add(new Inline.LineBreak());
    } else if (n instanceof StrongEmphasis) {
      out.add(new Inline.Strong(inlines(n)));
    } else if (n instanceof Emphasis) {
      out.add(new Inline.Emph(inlines(n)));
    } else if (n instanceof Strikethrough) {
      out.add(new Inline.Strike(inlines(n)));
    } else if (n instanceof Code code) {
      out.add(new Inline.Code(code.getText().toString()));
    } else if (n instanceof Image img) {
      out.add(new Inline.Image(img.getUrl().unescape(), img.getText().unescape(), source.pos(n)));
    } else if (n instanceof ImageRef ref) {
      Reference r = ref.getReferenceNode(source.document());
      if (r != null) out.add(new Inline.Image(r.getUrl().unescape(), ref.getText().unescape(), source.pos(n)));
      else out.add(new Inline.Text(n.getChars().unescape()));
    } else if (n instanceof Link link) {
      out.add(new Inline.Link(link.getUrl().unescape(), inlines(n), source.pos(n)));
    } else if (n instanceof LinkRef ref) {
      Reference r = ref.getReferenceNode(source.document());
      if (r != null) {
        List<Inline> text = inlines(n);
        if (text.isEmpty()) text = List.of(new Inline.Text(ref.getReference().unescape()));
        out.add(new Inline.Link(r.getUrl().unescape(), text, source.pos(n)));
      } else {
        out.add(new Inline.Text(n.getChars().unescape()));
      }
    } else if (n instanceof MailLink mail) {
      String address = mail.getText().toString();
      out.add(new Inline.Link("mailto:" + address, List.of(new Inline.Text(address)), source.pos(n)));
    } else if (n instanceof AutoLink auto) {
      String url = auto.getUrl().toString();
      String shown = auto.getText().toString();
      if (!url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) url = "https://" + url;
      out.add(new Inline.Link(url, List.of(new Inline.Text(shown)), source.pos(n)));
    } else if (n instanceof Emoji emoji) {
      out.add(new Inline.Text(Emojis.unicode(emoji.getText().toString())));
    } else if (n instanceof Footnote note) {
      FootnoteBlock block = footnotes.noteOf(note);
      if (block != null) out.add(new Inline.Text(Block.Footnote.mark(footnotes.of(block))));
      else footnotes.undefined(note, source.pos(n)); // left out, with a warning: a raw [^x] means nothing to a reader
    } else if (n instanceof HtmlInlineComment) {
      // dropped: comments are notes to the author
    } else if (n instanceof HtmlInline html) {
      htmlInline(html, out);
    } else if (n.hasChildren()) {
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, out);
    } else {
      out.add(new Inline.Text(n.getChars().unescape()));
    }
  }

  /** {@code <br>} breaks the line and {@code <img>} is the image it names; other inline tags are dropped. */
  private void htmlInline(HtmlInline html, List<Inline> out) {
    String tag = html.getChars().toString();
    if (tag.matches("(?i)<br\\s*/?>")) {
      out.add(new Inline.LineBreak());
    } else if (tag.matches("(?is)<img\\b.*")) {
      source.readHtml(tag, source.pos(html), block -> {
        for (Node i = block.getFirstChild(); i != null; i = i.getNext()) {
          if (i instanceof Image) inline(i, out);
        }
      });
    }
  }

  /** Joins neighbouring text runs, so that "a" "b" from flexmark's splitting become "ab". */
  private static List<Inline> merge(List<Inline> in) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : in) {
      if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
        out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /** Strips white space from the start of the first run and the end of the last, dropping a run left empty. */
  static List<Inline> trim(List<Inline> in) {
    if (in.isEmpty()) return in;
    List<Inline> out = new ArrayList<>(in);
    if (out.get(0) instanceof Inline.Text t) {
      String s = t.text().stripLeading();
      if (s.isEmpty()) out.remove(0);
      else out.set(0, new Inline.Text(s));
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
      String s = t.text().stripTrailing();
      if (s.isEmpty()) out.remove(out.size() - 1);
      else out.set(out.size() - 1, new Inline.Text(s));
    }
    return out;
  }
}
