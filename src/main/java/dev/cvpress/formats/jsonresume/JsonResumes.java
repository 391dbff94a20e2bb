package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.Comparison;
import dev.cvpress.formats.markdown.KeptComment;
import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.formats.markdown.SourcedMarkdown;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JSON Resume in and out. A JSON Resume is read by writing it as the Markdown résumé a person would write, which
 * cvpress then reads as any other ({@link #toMarkdown}): what renders is what {@code cvpress convert} writes, and
 * every position points back into the JSON file. A résumé is written as a JSON Resume by {@link #toJson}.
 *
 * <p>Both directions check themselves: the result is converted back and compared with what it came from. What
 * does not come back is kept aside — in a comment at the end of the Markdown, in {@code meta.cvpress} of the JSON
 * Resume — and reported, so that Markdown → JSON Resume → Markdown keeps every field of the résumé, and JSON
 * Resume → Markdown → JSON Resume gives the same JSON Resume (empty values aside).
 */
public final class JsonResumes {
  private JsonResumes() {}

  /** Reads Markdown as cvpress reads a résumé: what this package needs of the reader, given by its caller. */
  @FunctionalInterface
  public interface MarkdownReader {
    Resume read(String markdown) throws CvpressException;
  }

  /**
   * The JSON Resume section a section title names ({@code education} for "Ausbildung", {@code publications} for
   * "Papers"), for other formats that type their entries by section; null when it names none.
   */
  public static String sectionKind(String title) {
    Kind k = Kind.ofTitle(title);
    return k == null ? null : k.key;
  }

  /** The title of the section {@code kind} ({@code summary}, {@code education} …) in {@code lang}. */
  public static String sectionTitle(String kind, String lang) {
    return Kind.ofKey(kind).title(lang);
  }

  /** Reads a JSON Resume file; a syntax error or a value of the wrong kind is an error at its position. */
  public static JsonResume read(String file, byte[] bytes) throws CvpressException {
    return JsonResumeReader.read(file, bytes);
  }

  /**
   * A JSON Resume as Markdown.
   *
   * @param reader reads Markdown under the JSON file's name, to check what the Markdown says
   * @param keep keep what the Markdown cannot show in a comment at its end (for a file to convert back); a render
   *     needs none
   */
  public static SourcedMarkdown toMarkdown(JsonResume input, MarkdownReader reader, boolean keep) throws CvpressException {
    List<Diagnostic> warnings = new ArrayList<>(Schema.formatWarnings(input));
    ToMarkdown.Result written = ToMarkdown.write(input, Set.of(), null);
    if (written.written().text().isBlank()) {
      throw new CvpressException(Diagnostic.error(Code.JSON_RESUME_INVALID, SourcePos.start(input.file()),
          "the JSON Resume holds nothing a résumé shows: no basics, no sections",
          "give it at least \"basics\": { \"name\": \"…\" }"));
    }
    JsonNode derived = derive(input, written, reader);
    // Dates as the Markdown wrote them, where the ISO dates were edited since: the ISO dates win.
    Set<String> datesIgnored = stale(input.root(), derived);
    if (!datesIgnored.isEmpty()) {
      written = ToMarkdown.write(input, datesIgnored, null);
      derived = derive(input, written, reader);
    }
    warnings.addAll(written.warnings());
    List<Kept.Value> kept = Kept.diff(input.root(), derived);
    for (Kept.Value v : kept) {
      // Shown, though not where JSON Resume has it (a postal code in the one line of a place): nothing to say.
      if (!v.hidden() || v.value().isValueNode() && written.written().text().contains(v.value().asText())) continue;
      if (keep) {
        warnings.add(Diagnostic.warning(Code.FIELD_KEPT_ASIDE, input.at(v.pointer()), v.pointer()
            + " has no place in a Markdown résumé; kept in the comment at its end",
            "converting the Markdown back to JSON Resume gives it back"));
        continue;
      }
      // Rendering, a field the schema has and cvpress does not show (a project's type) is no problem; a field the
      // schema does not have may be a typo, which leaves something out of the résumé.
      List<String> known = Schema.unknownAmong(v.pointer());
      if (known != null) {
        String name = v.pointer().substring(v.pointer().lastIndexOf('/') + 1);
        warnings.add(Diagnostic.warning(Code.FIELD_KEPT_ASIDE, input.at(v.pointer()), "`" + name
            + "` is not a JSON Resume field here, so cvpress does not show it", dev.cvpress.diag.Suggestions
            .didYouMean(name, known) + "`cvpress convert` keeps it in the Markdown it writes"));
      }
    }
    if (keep && !kept.isEmpty()) {
      written = ToMarkdown.write(input, datesIgnored, Json.write(Kept.toJson(kept)).strip());
    }
    return sourced(input, written.written(), warnings);
  }

  /** Markdown written from {@code input}: a line's origin is a JSON pointer; a line without one, the file's start. */
  private static SourcedMarkdown sourced(JsonResume input, MarkdownDocument.Written written,
      List<Diagnostic> warnings) {
    return new SourcedMarkdown(input.file(), written, input::at, SourcePos.start(input.file()), warnings);
  }

  /** The JSON Resume that the Markdown written from {@code input} reads as. */
  private static JsonNode derive(JsonResume input, ToMarkdown.Result written, MarkdownReader reader)
      throws CvpressException {
    SourcedMarkdown md = sourced(input, written.written(), List.of());
    Resume resume;
    try {
      resume = reader.read(written.written().text());
    } catch (CvpressException e) {
      throw new CvpressException(md.located(e.diagnostics()));
    }
    return FromModel.write(resume, Set.of(), false).json();
  }

  /** Items whose dates as written ({@code dates}) no longer say what their ISO dates say. */
  private static Set<String> stale(ObjectNode original, JsonNode derived) {
    Set<String> out = new HashSet<>();
    for (Kind k : Kind.values()) {
      List<JsonNode> was = Json.array(original, k.key);
      List<JsonNode> now = Json.array(derived, k.key);
      for (int i = 0; i < was.size() && i < now.size(); i++) {
        if (Json.text(was.get(i), Kind.DATES) == null || k.fields == null) continue;
        for (String field : new String[] {k.fields.start(), k.fields.end(), k.fields.date()}) {
          if (field != null && !java.util.Objects.equals(Json.text(was.get(i), field), Json.text(now.get(i), field))) {
            out.add("/" + k.key + "/" + i);
          }
        }
      }
    }
    return out;
  }

  /** A résumé written as a JSON Resume, and what there was to say about it. */
  public record Converted(String text, List<Diagnostic> warnings) {
    public Converted {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A résumé as a JSON Resume.
   *
   * @param file the name of the Markdown it was read from, for positions
   * @param markdown that Markdown's text, for the fields kept from a JSON Resume it was converted from; may be null
   * @param reader reads Markdown, to check that the JSON Resume gives back the résumé
   */
  public static Converted toJson(Resume resume, String file, String markdown, MarkdownReader reader)
      throws CvpressException {
    return toJson(resume, file, markdown, reader, true);
  }

  /**
   * A résumé as a JSON Resume, as {@link #toJson(Resume, String, String, MarkdownReader)} writes it, without asking
   * the schema: for the copy a PDF carries, written as it renders, where loading a validator would cost more than
   * the rest of the conversion. What is written passes the schema all the same; the tests check it.
   */
  public static String toJsonUnchecked(Resume resume, String file, String markdown, MarkdownReader reader)
      throws CvpressException {
    return toJson(resume, file, markdown, reader, false).text();
  }

  private static Converted toJson(Resume resume, String file, String markdown, MarkdownReader reader,
      boolean validate) throws CvpressException {
    FromModel.Result result = FromModel.write(resume, Set.of(), false);
    Comparison.Differences d = verify(result.json(), resume, file, reader);
    Set<Integer> whole = new HashSet<>(d.sections());
    if (d.intro()) whole.add(-1);
    boolean contacts = d.header().contains("contacts");
    if (!whole.isEmpty() || contacts) {
      result = FromModel.write(resume, whole, contacts);
      d = verify(result.json(), resume, file, reader);
    }
    List<Diagnostic> warnings = new ArrayList<>(result.warnings());
    ObjectNode json = result.json();
    if (!d.none()) {
      List<String> what = new ArrayList<>(d.header());
      if (d.intro()) what.add("the introduction");
      for (int i : d.sections()) {
        what.add(i < resume.sections().size() ? "section `" + resume.sections().get(i).title() + "`" : "a section");
      }
      warnings.add(Diagnostic.warning(Code.NOT_EXACT, SourcePos.file(file),
          "converted back, the JSON Resume would not give the same " + String.join(", ", what),
          "this is a limit of cvpress's conversion; please report it with the résumé"));
    }
    if (markdown != null) warnings.addAll(giveBack(json, file, markdown));
    for (Schema.Problem p : validate ? Schema.problems(json) : List.<Schema.Problem>of()) {
      warnings.add(Diagnostic.warning(Code.SCHEMA_MISMATCH, SourcePos.file(file),
          "the JSON Resume written has " + p.pointer() + ": " + p.message(), p.hint()));
    }
    return new Converted(Json.write(PropertyOrder.ordered(json)), warnings);
  }

  private static Comparison.Differences verify(ObjectNode json, Resume resume, String file, MarkdownReader reader)
      throws CvpressException {
    ToMarkdown.Result written = ToMarkdown.write(JsonResume.of(file, json), Set.of(), null);
    return Comparison.of(resume, reader.read(written.written().text()));
  }

  /** The fields kept in the Markdown's comment, given back where the Markdown still shows what it showed. */
  private static List<Diagnostic> giveBack(ObjectNode json, String file, String markdown) {
    KeptComment.Found found = KeptComment.find(markdown);
    if (found == null) return List.of();
    List<Diagnostic> out = new ArrayList<>();
    JsonResume kept;
    try {
      kept = JsonResumeReader.parse(file, found.json().getBytes(StandardCharsets.UTF_8));
    } catch (CvpressException e) {
      for (Diagnostic d : e.diagnostics()) {
        SourcePos p = d.pos();
        out.add(Diagnostic.warning(Code.KEPT_FIELD_STALE, new SourcePos(file, p.line() + found.line() - 1,
            p.column()), "the comment of kept JSON Resume fields is not JSON (" + d.message() + "); left out",
            "fix it, or delete the comment"));
      }
      return out;
    }
    for (String pointer : Kept.apply(json, Kept.fromJson(kept.root()))) {
      SourcePos at = kept.at("/" + JsonResumeReader.escape(pointer));
      out.add(Diagnostic.warning(Code.KEPT_FIELD_STALE, new SourcePos(file, at.line() + found.line() - 1,
          at.column()), pointer + " was kept from JSON Resume, but the Markdown there was edited since; left out",
          "the Markdown's version is used; delete the kept value to silence this"));
    }
    return out;
  }
}
