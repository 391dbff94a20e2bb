package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON Resume file into its tree and the position of every value. JSON that does not parse is an error at
 * its line and column, with the JSON pointer of the value being read and a hint; so is a value of the wrong kind
 * where the official schema says what belongs ({@link Schema}). Nothing here throws anything but a
 * {@link CvpressException}.
 */
public final class JsonResumeReader {
  private JsonResumeReader() {}

  /** The largest file read as a résumé (as for Markdown). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  /** Objects and lists in one another: a résumé needs four or five. */
  static final int MAX_NESTING = 64;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
      .build();

  /** Parses {@code bytes}; a syntax error or a value of the wrong kind is an error with its position. */
  public static JsonResume read(String file, byte[] bytes) throws CvpressException {
    JsonResume resume = parse(file, bytes);
    Schema.requireShape(resume);
    return resume;
  }

  /** Parses {@code bytes} as JSON whose top is an object, recording where each value starts. */
  static JsonResume parse(String file, byte[] bytes) throws CvpressException {
    if (bytes.length > MAX_BYTES) {
      throw new CvpressException(Diagnostic.error(Code.FILE_TOO_LARGE, SourcePos.start(file),
          "file is too large for a résumé (more than " + MAX_BYTES / (1024 * 1024) + " MB)",
          "check that this is the right file"));
    }
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
      throw new CvpressException(Diagnostic.error(Code.EMPTY_FILE, SourcePos.start(file), "file is empty",
          "a JSON Resume file is an object: { \"basics\": { \"name\": \"…\" }, \"work\": [ … ] }"));
    }
    Map<String, SourcePos> positions = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new CvpressException(Diagnostic.error(Code.JSON_RESUME_INVALID, pos(file, p.currentTokenLocation()),
            "a JSON Resume file is one object, not " + kind(first),
            "write the résumé as { \"basics\": { … }, \"work\": [ … ] }"));
      }
      ObjectNode root = (ObjectNode) value(p, file, "", positions);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new CvpressException(Diagnostic.error(Code.JSON_SYNTAX, pos(file, p.currentTokenLocation()),
            "more JSON after the résumé's closing `}`",
            "a JSON Resume file holds one object; remove what follows it, or merge it in"));
      }
      return new JsonResume(file, root, positions);
    } catch (JsonParseException e) {
      throw syntax(file, e);
    } catch (StreamConstraintsException e) {
      throw new CvpressException(Diagnostic.error(Code.NESTED_TOO_DEEPLY, pos(file, e.getLocation()),
          "objects and lists are nested more than " + MAX_NESTING + " deep", "a résumé needs a few levels"));
    } catch (CharConversionException e) {
      throw new CvpressException(Diagnostic.error(Code.NOT_UTF8, SourcePos.start(file),
          "file is not UTF-8 text: " + e.getMessage(), "save the file as UTF-8"));
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.start(file),
          "cannot read the file: " + e.getMessage(), "check that it is a JSON Resume file"));
    }
  }

  private static JsonNode value(JsonParser p, String file, String pointer, Map<String, SourcePos> positions)
      throws IOException {
    positions.put(pointer, pos(file, p.currentTokenLocation()));
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.set(name, value(p, file, pointer + "/" + escape(name), positions));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) array.add(value(p, file, pointer + "/" + i++, positions));
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(p.getBooleanValue());
      }
      default -> {
        return nodes.nullNode();
      }
    }
  }

  /** A JSON pointer's escaping of a property name ({@code ~} and {@code /}). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static SourcePos pos(String file, JsonLocation at) {
    if (at == null || at.getLineNr() < 1) return SourcePos.start(file);
    return new SourcePos(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
  }

  private static String kind(JsonToken token) {
    if (token == null) return "nothing";
    return switch (token) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "a " + token.name().toLowerCase(Locale.ROOT);
    };
  }

  /** A parse error in words a person editing JSON by hand can act on. */
  private static CvpressException syntax(String file, JsonParseException e) {
    String original = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
    String where = "";
    JsonParser parser = e.getProcessor();
    if (parser != null) {
      JsonPointer at = parser.getParsingContext().pathAsPointer();
      if (!at.toString().isEmpty()) where = " at " + at;
    }
    String message;
    String hint;
    String lower = original.toLowerCase(Locale.ROOT);
    if (lower.contains("duplicate field")) {
      String name = original.replaceFirst("(?s).*Duplicate field '([^']*)'.*", "$1");
      message = "`" + name + "` is given twice";
      hint = "keep one of them";
    } else if (lower.contains("unexpected end-of-input")) {
      message = "the file ends before the JSON does";
      hint = "close every `{` with `}` and every `[` with `]`";
    } else if (lower.contains("unexpected character ('}'") || lower.contains("unexpected character (']'")) {
      message = "a comma before the closing bracket";
      hint = "JSON allows no comma after the last value of an object or a list; remove it";
    } else if (lower.contains("was expecting double-quote to start field name")) {
      message = "expected a name in double quotes";
      hint = "names are written in double quotes: \"name\": \"value\"";
    } else if (lower.contains("was expecting comma") || lower.contains("expecting comma")) {
      message = "expected a comma between two values";
      hint = "separate the values of a list, and the fields of an object, with commas";
    } else if (lower.contains("illegal unquoted character") && lower.contains("code 10")) {
      message = "a line break inside a string";
      hint = "write a line break in a JSON string as \\n";
    } else if (lower.contains("illegal unquoted character")) {
      message = "a control character inside a string";
      hint = "write it escaped: a tab as \\t";
    } else if (lower.contains("unrecognized token") || lower.contains("unexpected character ('''")) {
      message = "not a JSON value: " + clean(original);
      hint = "text is written in double quotes (\"like this\"); true, false and null in lower case";
    } else if (lower.contains("invalid utf-8")) {
      message = "the file is not UTF-8 text: " + clean(original);
      hint = "save the file as UTF-8";
    } else {
      message = clean(original);
      hint = "check the JSON at this place; an editor with JSON support shows where it breaks";
    }
    return new CvpressException(Diagnostic.error(Code.JSON_SYNTAX, pos(file, e.getLocation()),
        "invalid JSON" + where + ": " + message, hint));
  }

  /** Jackson's wording without its advice about its own features. */
  private static String clean(String message) {
    return message.replaceAll("\\s*\\n.*", "").replaceAll(" \\(code \\d+\\)", "").strip();
  }
}
