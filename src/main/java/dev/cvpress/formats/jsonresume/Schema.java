package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The official JSON Resume schema (vendored under {@code /jsonresume/schema.json} with its licence), and what it
 * says about a document: a value of the wrong kind makes a file unreadable; an address or a date that is not what
 * the schema asks for is reported and read as well as it can be.
 */
public final class Schema {
  private Schema() {}

  /** The schema as published; its version is in {@code /jsonresume/README.md}. */
  public static final String RESOURCE = "/jsonresume/schema.json";

  private static final com.networknt.schema.Schema SCHEMA = load();

  /** What the schema says about one value. */
  public record Problem(String pointer, String keyword, String message, String hint) {}

  private static com.networknt.schema.Schema load() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(new java.io.ByteArrayInputStream(PropertyOrder.bytes()));
  }

  /** Everything the official schema finds wrong with {@code document}, in document order. */
  public static List<Problem> problems(JsonNode document) {
    List<Problem> out = new ArrayList<>();
    for (Error e : SCHEMA.validate(document)) out.add(problem(e));
    return out;
  }

  /** The document, unless a value has the wrong kind: an error for each such value (at most a few). */
  static void requireShape(JsonResume resume) throws CvpressException {
    List<Diagnostic> errors = new ArrayList<>();
    for (Problem p : problems(resume.root())) {
      if (!p.keyword().equals("type")) continue;
      errors.add(Diagnostic.error(Code.JSON_RESUME_INVALID, resume.at(p.pointer()),
          p.pointer() + ": " + p.message(), p.hint()));
    }
    if (!errors.isEmpty()) throw new CvpressException(Diagnostic.limitRepeats(errors));
  }

  /** Warnings for addresses that are not what the schema asks for (dates are read, and reported, elsewhere). */
  static List<Diagnostic> formatWarnings(JsonResume resume) {
    List<Diagnostic> out = new ArrayList<>();
    for (Problem p : problems(resume.root())) {
      if (p.keyword().equals("format")) {
        out.add(Diagnostic.warning(Code.JSON_RESUME_VALUE, resume.at(p.pointer()), p.pointer() + ": " + p.message(),
            p.hint()));
      }
    }
    return out;
  }

  private static final Set<String> DATE_FIELDS = Set.of("startDate", "endDate", "date", "releaseDate");

  /**
   * The properties the schema names where {@code pointer}'s last property is, when it names none of them (a typo
   * such as {@code hightlights}, or a property of one's own); null when the schema knows the property or says
   * nothing about that place. Properties cvpress gives entries of a kind without them ({@code location},
   * {@code description}, {@code tags} …) count as known, and so does anything under {@code meta}, which the schema
   * leaves to tools.
   */
  static List<String> unknownAmong(String pointer) {
    // `meta` is where tools keep their own settings: anything goes there.
    if (pointer.equals("/meta") || pointer.startsWith("/meta/")) return null;
    String[] tokens = pointer.substring(1).split("/", -1);
    JsonNode schema = PropertyOrder.tree();
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      if (schema == null) return null;
      if (token.matches("\\d+") && schema.has("items")) {
        schema = schema.get("items");
        continue;
      }
      JsonNode properties = schema.get("properties");
      if (properties == null) return null;
      if (properties.has(token)) {
        schema = properties.get(token);
        continue;
      }
      boolean entryField = i == 2 && Kind.ofKey(tokens[0]) != null && Kind.EXTENSIONS.contains(token);
      boolean cvpress = i == 1 && tokens[0].equals("meta") && token.equals("cvpress");
      if (entryField || cvpress) return null;
      List<String> names = new ArrayList<>();
      properties.fieldNames().forEachRemaining(names::add);
      return names;
    }
    return null;
  }

  private static Problem problem(Error e) {
    String pointer = pointer(e.getInstanceLocation());
    Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    return switch (keyword) {
      case "type" -> {
        String found = args.length > 0 ? String.valueOf(args[0]) : "another kind of value";
        String expected = args.length > 1 ? String.valueOf(args[1]) : String.valueOf(e.getSchemaNode());
        yield new Problem(pointer, keyword, "expected " + kind(expected) + ", found " + kind(found),
            example(expected, field));
      }
      case "format" -> {
        String format = args.length > 0 ? String.valueOf(args[0]) : "";
        String value = e.getInstanceNode() == null ? "" : e.getInstanceNode().asText();
        yield format.equals("email")
            ? new Problem(pointer, keyword, "`" + value + "` is not an e-mail address", "write it as name@example.com")
            : new Problem(pointer, keyword, "`" + value + "` is not a full web address",
                "write it with its scheme, as https://example.com/…");
      }
      case "pattern" -> new Problem(pointer, keyword, DATE_FIELDS.contains(field)
          ? "`" + (e.getInstanceNode() == null ? "" : e.getInstanceNode().asText()) + "` is not a JSON Resume date"
          : e.getMessage(), "write dates as YYYY, YYYY-MM or YYYY-MM-DD; leave out endDate for “Present”");
      default -> new Problem(pointer, keyword, e.getMessage(), null);
    };
  }

  /** A JSON pointer to the value the schema complains about. */
  private static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    if (path == null) return "";
    for (int i = 0; i < path.getNameCount(); i++) {
      out.append('/').append(JsonResumeReader.escape(String.valueOf(path.getElement(i))));
    }
    return out.toString();
  }

  private static String kind(String schemaType) {
    return switch (schemaType.replace("\"", "").toLowerCase(Locale.ROOT)) {
      case "string" -> "text (a JSON string)";
      case "array" -> "a list ([ … ])";
      case "object" -> "an object ({ … })";
      case "integer", "number" -> "a number";
      case "boolean" -> "true or false";
      case "null" -> "null";
      default -> schemaType;
    };
  }

  private static String example(String expected, String field) {
    if (field.matches("\\d+")) {
      return switch (expected.replace("\"", "").toLowerCase(Locale.ROOT)) {
        case "string" -> "each item of this list is text in double quotes: \"…\"";
        case "object" -> "each item of this list is an object: { … }";
        default -> null;
      };
    }
    return switch (expected.replace("\"", "").toLowerCase(Locale.ROOT)) {
      case "string" -> "write it in double quotes: \"" + field + "\": \"…\"";
      case "array" -> "write a list: \"" + field + "\": [ … ]";
      case "object" -> "write an object: { \"…\": … }";
      default -> null;
    };
  }
}
