package dev.cvpress.formats.linkedin;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.formats.markdown.SourcedMarkdown;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LinkedIn data export in: the zip a member downloads, written as a tidy Markdown résumé to start from, with no
 * network and no guessing beyond the export's own columns. Positions point at the file in the zip, its row (the
 * line in the CSV) and column (the field's number).
 */
public final class LinkedInExports {
  private LinkedInExports() {}

  /** The export's files a résumé is made from; the others (messages, connections, ads …) are never inflated. */
  static final Set<String> FILES = Set.of("Profile.csv", "Positions.csv", "Education.csv", "Skills.csv",
      "Languages.csv", "Certifications.csv", "Projects.csv", "Email Addresses.csv", "PhoneNumbers.csv",
      "Honors.csv", "Publications.csv", "Volunteering.csv");

  /** Reads the export zip {@code bytes} as Markdown; a zip that is no LinkedIn export is an error. */
  public static SourcedMarkdown toMarkdown(String file, byte[] bytes) throws CvpressException {
    Map<String, String> texts = ExportZip.read(file, bytes, FILES);
    if (!texts.containsKey("Profile.csv")) {
      throw ExportZip.error(file, "the zip has no Profile.csv, so it is not a LinkedIn data export",
          "request it on LinkedIn (Settings → Data privacy → Get a copy of your data) and pass the zip as sent");
    }
    Map<String, CsvTable> files = new LinkedHashMap<>();
    for (var e : texts.entrySet()) files.put(e.getKey(), CsvTable.parse(file, e.getKey(), e.getValue()));
    List<Diagnostic> warnings = new ArrayList<>();
    MarkdownDocument doc = new MarkdownDocument();
    Profile.write(file, files, doc, warnings);
    new Sections(files, doc).write();
    MarkdownDocument.Written written = doc.write();
    if (written.text().isBlank()) {
      throw new CvpressException(Diagnostic.error(Code.LINKEDIN_EXPORT_INVALID, SourcePos.file(file + "/Profile.csv"),
          "the export holds nothing a résumé shows: no name, no positions", "check it is your own profile's export"));
    }
    return new SourcedMarkdown(file, written, origin -> at(file, origin), warnings);
  }

  /** An origin {@code Positions.csv:3:5} as a position: the file inside the zip, the row's line, the field. */
  private static SourcePos at(String zip, String origin) {
    String[] parts = origin.split(":");
    return new SourcePos(zip + "/" + parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }
}
