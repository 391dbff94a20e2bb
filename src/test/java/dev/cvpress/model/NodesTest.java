package dev.cvpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NodesTest {
  @Test
  void everyKindOfBlockHasASample() {
    assertEquals(Samples.kinds(), Samples.blocks().keySet().stream().collect(Collectors.toCollection(java.util.TreeSet::new)),
        "a new kind of block needs a sample in Samples and a case in Nodes");
  }

  @Test
  void everyKindOfBlockIsWalkedAndRebuiltUnchanged() {
    for (Map.Entry<String, Block> e : Samples.blocks().entrySet()) {
      Block b = e.getValue();
      Nodes.children(b);
      Nodes.runs(b);
      assertEquals(List.of(b), Nodes.rebuild(List.of(b), n -> n), e.getKey());
    }
  }

  @Test
  void theStreamReachesEveryWordInReadingOrder() {
    String text = Nodes.stream(Samples.resume()).flatMap(n -> Nodes.runs(n).stream()).map(Inline::plain)
        .collect(Collectors.joining(" "));
    List<String> expected = Samples.visibleWords()
        .filter(w -> !w.equals("wordcodeblock") && !w.equals("wordentry")).toList(); // not inline runs
    assertEquals(String.join(" ", expected), text);
  }

  @Test
  void inlinesAreStreamedContainerFirstAtAnyDepth() {
    Inline.Link link = new Inline.Link("https://x.org", List.of(new Inline.Strong(List.of(new Inline.Text("a")))),
        null);
    List<Inline> all = Nodes.inlines(List.of(new Inline.Emph(List.of(link)))).toList();
    assertEquals(4, all.size());
    assertTrue(all.get(1) instanceof Inline.Link);
    assertTrue(all.get(3) instanceof Inline.Text);
  }

  @Test
  void rebuildDropsNodesAtAnyDepth() {
    SourcePos pos = Samples.POS;
    Block tagged = new Block.Paragraph(Samples.words("secret"), Set.of("private"), pos);
    Block kept = new Block.Paragraph(Samples.words("open"), Set.of(), pos);
    List<Block> blocks = List.of(new Block.Quote(List.of(tagged, kept), pos),
        new Block.Definition(Samples.words("term"), List.of(List.of(tagged)), pos),
        new Block.Footnote(2, Samples.words("note"), List.of(tagged), pos));
    List<Block> out = Nodes.rebuild(blocks, n -> Nodes.tags(n).contains("private") ? null : n);
    String left = Nodes.stream(out).flatMap(n -> Nodes.runs(n).stream()).map(Inline::plain)
        .collect(Collectors.joining(" "));
    assertEquals("open term note", left);
  }

  @Test
  void footnoteMarksAreSuperscriptDigits() {
    assertEquals("¹²", Block.Footnote.mark(12));
    assertEquals("³", new Block.Footnote(3, List.of(), List.of(), Samples.POS).mark());
  }
}
