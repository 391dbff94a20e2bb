package dev.cvpress.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.block.CharacterNodeFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with one change: a regex match reads its bounds from the matcher instead of calling
 * {@link Matcher#toMatchResult()}, which on JDKs before 20 copies the whole paragraph into a string for every
 * match. flexmark matches at every entity, backtick run, autolink and HTML tag, so a paragraph of 40,000
 * {@code &amp;} took 20 s; with this it takes milliseconds, on every JDK.
 *
 * <p>It also refuses to parse the inline content of one paragraph, heading or cell longer than
 * {@link Limits#MAX_PARAGRAPH}: some constructs ({@code [a](} repeated, runs of link reference definitions) make
 * flexmark look ahead to the end of the paragraph from each of them, which no change to matching can undo.
 */
final class LinearInlineParser extends InlineParserImpl {
  static final InlineParserFactory FACTORY = LinearInlineParser::new;

  private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
        inlineParserExtensions);
  }

  /** While the tables extension splits a whole table into cells, which it does in one pass. */
  private boolean splittingTable;

  @Override
  public void parse(BasedSequence input, Node block) {
    if (!splittingTable) Limits.checkParagraph(input);
    super.parse(input, block);
  }

  @Override
  public List<Node> parseCustom(BasedSequence input, Node block, BitSet customChars,
      Map<Character, CharacterNodeFactory> nodeFactoryMap) {
    splittingTable = true;
    try {
      return super.parseCustom(input, block, customChars, nodeFactoryMap);
    } finally {
      splittingTable = false;
    }
  }

  @Override
  public int preProcessBlock(Paragraph block, ParserState state) {
    // Link reference definitions open a paragraph; reading a long run of them is quadratic.
    if (block.getChars().trimStart().startsWith("[")) Limits.checkParagraph(block.getChars());
    return super.preProcessBlock(block, state);
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher m = find(re);
    return m == null ? null : input.subSequence(m.start(), m.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher m = find(re);
    if (m == null) return null;
    BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
    return groups;
  }

  /** The matcher after a match found from the current index, which moves past it; null when there is none. */
  private Matcher find(Pattern re) {
    if (index >= input.length()) return null;
    Matcher m = re.matcher(input);
    m.region(index, input.length());
    if (!m.find()) return null;
    index = m.end();
    return m;
  }
}
