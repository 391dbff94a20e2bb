package dev.cvpress.formats.linkedin;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of the export: its header and rows, each row knowing its line in the file. Some LinkedIn files
 * start with a {@code Notes:} paragraph before the header; it is skipped.
 */
final class CsvTable {
  /** One row: its line in the CSV file (the header is line 1, or later after notes) and its values by column. */
  record Row(String name, int line, Map<String, Integer> columns, List<String> values) {
    /** The value under {@code column}, stripped; null when the row has no such column or it is blank. */
    String get(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= values.size()) return null;
      String v = values.get(i).strip();
      return v.isEmpty() ? null : v;
    }

    /** Where {@code column} of this row is, as an origin of a Markdown line: {@code name:line:field}. */
    String origin(String column) {
      Integer i = columns.get(column);
      return name + ":" + line + ":" + (i == null ? 1 : i + 1);
    }
  }

  final String name;
  final List<String> header;
  final List<Row> rows;

  private CsvTable(String name, List<String> header, List<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  static CsvTable parse(String zip, String name, String text) throws CvpressException {
    int skipped = 0;
    String body = text;
    if (text.startsWith("Notes:")) {
      int blank = text.replace("\r\n", "\n").indexOf("\n\n");
      if (blank > 0) {
        String normal = text.replace("\r\n", "\n");
        skipped = (int) normal.substring(0, blank + 2).chars().filter(c -> c == '\n').count();
        body = normal.substring(blank + 2);
      }
    }
    int[] lineStarts = lineStarts(body);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
    List<Row> rows = new ArrayList<>();
    CSVParser parser = null;
    try {
      parser = CSVParser.parse(new StringReader(body), format);
      Map<String, Integer> columns = parser.getHeaderMap();
      for (CSVRecord record : parser) {
        int line = lineOf(lineStarts, record.getCharacterPosition()) + skipped;
        rows.add(new Row(name, line, columns, record.toList()));
      }
      return new CsvTable(name, parser.getHeaderNames(), rows);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      long line = parser == null ? 1 : parser.getCurrentLineNumber() + skipped;
      String why = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ")
          .replaceAll("^[\\w.]+Exception: ", "").replaceAll("\\(startline \\d+\\) ", "");
      if (why.contains("EOF reached before encapsulated token finished")) {
        why = "a quoted value that starts on this row is never closed";
      }
      throw new CvpressException(Diagnostic.error(Code.LINKEDIN_EXPORT_INVALID,
          new SourcePos(zip + "/" + name, (int) Math.max(1, line), 1), "the CSV does not parse: " + why,
          "a quoted value must end with a quote; download the export again if the file was edited"));
    }
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The line (from 1) that character {@code offset} is on. */
  private static int lineOf(int[] starts, long offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
