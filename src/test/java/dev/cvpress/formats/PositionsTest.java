package dev.cvpress.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Samples;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PositionsTest {
  private static final SourcePos ELSEWHERE = new SourcePos("resume.json", 42, 7);

  private static Resume everyKind() {
    List<Block> blocks = new ArrayList<>(Samples.blocks().values());
    blocks.add(new Block.Paragraph(List.of(new Inline.Link("https://x.example", Samples.words("link"), Samples.POS),
        new Inline.Image("a.png", "alt", Samples.POS)), Set.of(), Samples.POS));
    Header header = new Header("Ada", Samples.words("Analyst"), List.of(new Contact(Contact.Kind.EMAIL, "a@b.c",
        "mailto:a@b.c")), null, new Header.PageTitle("About Me", Samples.POS));
    Meta meta = new Meta("About Me", "en", List.of(), null, Map.of("theme", "classic"), Map.of("theme", Samples.POS));
    return new Resume(meta, header, List.of(new Block.Paragraph(Samples.words("intro"), Set.of(), Samples.POS)),
        List.of(new Section("s", "S", blocks, Set.of(), Samples.POS)));
  }

  @Test
  void everyPositionIsMapped() {
    Resume mapped = Positions.mapped(everyKind(), p -> ELSEWHERE);
    List<SourcePos> seen = new ArrayList<>();
    Nodes.stream(mapped).forEach(n -> {
      seen.add(n.pos());
      for (List<Inline> run : Nodes.runs(n)) {
        Nodes.inlines(run).forEach(i -> {
          if (i instanceof Inline.Link l) seen.add(l.pos());
          if (i instanceof Inline.Image img) seen.add(img.pos());
        });
      }
    });
    mapped.sections().forEach(s -> seen.add(s.pos()));
    seen.add(mapped.header().pageTitle().pos());
    seen.addAll(mapped.meta().stylePos().values());
    assertTrue(seen.size() > Samples.kinds().size(), "every kind was walked: " + seen.size());
    assertTrue(seen.stream().allMatch(ELSEWHERE::equals), seen.toString());
  }

  @Test
  void withoutPositionsTwoResumesCompareAsContent() {
    Resume a = everyKind();
    Resume b = Positions.mapped(a, p -> ELSEWHERE);
    assertTrue(Comparison.of(a, b).none());
    assertEquals(Positions.withoutPositions(a), Positions.withoutPositions(b));
  }
}
