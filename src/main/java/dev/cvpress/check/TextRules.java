package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.Labels;
import dev.cvpress.render.pdf.PdfText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text an applicant tracking system extracts from the PDF must hold every word on the page, in reading order,
 * with no ligatures, icon characters or hyphenation artefacts. Extractors read either in the order the page is
 * drawn or by position; a résumé passes when one of the two reads right.
 */
final class TextRules implements Rules {
  private static final Pattern LIGATURE = Pattern.compile("[\\uFB00-\\uFB06]");
  private static final Pattern PRIVATE_USE = Pattern.compile("[\\uE000-\\uF8FF]");

  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    SourcePos where = SourcePos.file(checked.file());
    PdfText text = checked.text();
    if (text == null) {
      problems.add(Diagnostic.error(Code.PDF_TEXT_UNREADABLE, where, "the PDF's text cannot be read back: "
          + checked.textProblem(), null));
      return;
    }
    String drawn = text.inDrawingOrder();
    if (LIGATURE.matcher(drawn).find()) {
      problems.add(Diagnostic.warning(Code.LIGATURES_IN_TEXT, where,
          "the PDF text contains ligature characters (ﬁ, ﬂ, …)",
          "ATS may not match words such as \"file\"; use a theme or font without ligatures"));
    }
    var pua = PRIVATE_USE.matcher(drawn);
    if (pua.find()) {
      problems.add(Diagnostic.warning(Code.ICON_IN_TEXT, where, String.format("the PDF text contains private-use"
          + " character U+%04X (an icon glyph read as text)", (int) pua.group().charAt(0)),
          "set `style.icons: false`"));
    }
    List<String> inDrawingOrder = ResumeText.words(drawn);
    List<String> byPosition = ResumeText.words(text.byPosition());
    // Either reading may be the one an extractor makes: a date that one of them keeps whole is not lost (a
    // right-to-left line drawn in pieces glues "היום2021" together in drawing order, not by position).
    dates(checked, List.of(new HashSet<>(inDrawingOrder), new HashSet<>(byPosition)), problems);
    ReadingOrder.Result drawing = ReadingOrder.read(checked.parts(), inDrawingOrder);
    ReadingOrder.Result position = ReadingOrder.read(checked.parts(), byPosition);
    if (!drawing.ok() && !position.ok()) {
      ResumeText.Word lost = (drawing.matched() >= position.matched() ? drawing : position).lost();
      problems.add(Diagnostic.error(Code.TEXT_LOST, checked.wordAt(lost.pos(), lost.text()),
          "text extracted from the PDF loses the word \"" + lost.text() + "\" (or reads it out of order)",
          "an applicant tracking system would miss it; check for hyphenation, unusual characters or a"
              + " layout that reorders columns"));
    }
  }

  /**
   * Every word of each entry's dates, wherever the theme sets them on the entry's line. They are shown as written
   * or in cvpress's form (style.date-format); the words of one of the two must all be there.
   */
  private static void dates(Checked checked, List<Set<String>> readings, List<Diagnostic> problems) {
    String lang = checked.resume().meta().lang();
    List<Entry> dated = Nodes.stream(checked.resume()).filter(n -> n instanceof Entry e && e.dates() != null)
        .map(Entry.class::cast).toList();
    for (Entry e : dated) {
      DateRange d = e.dates();
      List<String> asWritten = ResumeText.words(d.original());
      List<String> formatted = ResumeText.words(Labels.forLang(lang).format(d));
      if (readings.stream().anyMatch(r -> r.containsAll(asWritten) || r.containsAll(formatted))) continue;
      Set<String> extracted = readings.get(0);
      String lost = formatted.stream().filter(w -> !extracted.contains(w)).findFirst()
          .orElse(asWritten.isEmpty() ? d.original() : asWritten.get(0));
      problems.add(Diagnostic.error(Code.TEXT_LOST, checked.wordAt(e.pos(), lost),
          "text extracted from the PDF loses the date word \"" + lost + "\"",
          "an applicant tracking system would miss it; check the fonts and the theme"));
      return;
    }
  }
}
