package dev.cvpress.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One sample of every kind of block, each holding a word of its own ("wordquote", "wordtable", …) where it can
 * hold text, so that a test can see whether a walk or a writer reached it. {@link #kinds} lists the permitted
 * subclasses, so a new kind of block without a sample fails the tests that use this.
 */
public final class Samples {
  private Samples() {}

  public static final SourcePos POS = new SourcePos("cv.md", 3, 1);

  public static List<Inline> words(String word) {
    return List.of(new Inline.Text(word));
  }

  /** Every kind of block, keyed by its simple name. */
  public static Map<String, Block> blocks() {
    Map<String, Block> out = new LinkedHashMap<>();
    out.put("Paragraph", new Block.Paragraph(words("wordparagraph"), Set.of(), POS));
    out.put("BulletList", new Block.BulletList(false,
        List.of(new Block.ListItem(words("wordbulletlist"), List.of(), null, Set.of(), POS)), POS));
    out.put("Table", new Block.Table(List.of(List.of(words("wordtablehead"))), List.of(List.of(words("wordtable"))),
        List.of(""), POS));
    out.put("SubHeading", new Block.SubHeading(3, words("wordsubheading"), POS));
    out.put("CodeBlock", new Block.CodeBlock("", "wordcodeblock", POS));
    out.put("Quote", new Block.Quote(List.of(new Block.Paragraph(words("wordquote"), Set.of(), POS)), POS));
    out.put("Image", new Block.Image("photo.png", "wordimage", POS));
    out.put("Rule", new Block.Rule(POS));
    out.put("PageBreak", new Block.PageBreak(POS));
    out.put("Definition", new Block.Definition(words("worddefinition"),
        List.of(List.of(new Block.Paragraph(words("worddescription"), Set.of(), POS))), POS));
    out.put("Footnote", new Block.Footnote(1, words("wordfootnote"), List.of(), POS));
    out.put("Entry", new Entry("wordentry", "Org", null, null, null, null, Set.of(),
        List.of(new Block.Paragraph(words("wordentrybody"), Set.of(), POS)), POS));
    return out;
  }

  /** The simple names of every class permitted to implement {@link Block}. */
  public static Set<String> kinds() {
    return Arrays.stream(Block.class.getPermittedSubclasses()).map(Class::getSimpleName)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** A one-section résumé holding every sample block. */
  public static Resume resume() {
    Meta meta = new Meta("Sample", "en", List.of(), null, Map.of(), Map.of());
    Header header = new Header("Sample Person", List.of(), List.of(), null);
    Section section = new Section("all", "All", List.copyOf(blocks().values()), Set.of(), POS);
    return new Resume(meta, header, List.of(), List.of(section));
  }

  /** Every word the samples hold that a reader would see. */
  public static Stream<String> visibleWords() {
    return Stream.of("wordparagraph", "wordbulletlist", "wordtablehead", "wordtable", "wordsubheading",
        "wordcodeblock", "wordquote", "worddefinition", "worddescription", "wordfootnote", "wordentry",
        "wordentrybody");
  }
}
