package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The declarations hold together, and the README's table of style options says what they declare: the same
 * options in the same order, each row the option's README line, naming its values and marking its default.
 */
class StyleOptionsTest {
  /** The README's table of style options: key to "Values" cell, in the README's order. */
  private static Map<String, String> readmeTable() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    int header = lines.indexOf("| Option | Values |");
    assertTrue(header > 0, "README.md has no `| Option | Values |` table");
    assertEquals("|---|---|", lines.get(header + 1));
    Map<String, String> rows = new LinkedHashMap<>();
    Pattern row = Pattern.compile("\\| `([a-z-]+)` \\| (.+) \\|");
    for (String line : lines.subList(header + 2, lines.size())) {
      if (line.isBlank()) break;
      Matcher m = row.matcher(line);
      assertTrue(m.matches(), "not a row of the style-option table: " + line);
      assertNull(rows.put(m.group(1), m.group(2)), "option listed twice: " + m.group(1));
    }
    return rows;
  }

  @Test
  void everyOptionSaysWhatItTakesInPlainWords() {
    for (StyleOption<?> option : StyleOptions.ALL) {
      String hint = option.hint();
      org.junit.jupiter.api.Assertions.assertNotNull(hint, option.key());
      org.junit.jupiter.api.Assertions.assertFalse(hint.contains("null") || hint.contains("`") || hint.isBlank(),
          option.key() + ": " + hint);
    }
  }

  @Test
  void theReadmeTableListsEveryOptionInDeclarationOrder() throws IOException {
    assertEquals(StyleOptions.ALL.stream().map(StyleOption::key).toList(), List.copyOf(readmeTable().keySet()));
  }

  @Test
  void eachReadmeRowIsTheOptionsReadmeLine() throws IOException {
    Map<String, String> table = readmeTable();
    for (StyleOption<?> option : StyleOptions.ALL) {
      assertEquals(option.readme(), table.get(option.key()), "README.md's row for " + option);
    }
  }

  @Test
  void eachReadmeLineNamesEveryAllowedValueAndMarksOnlyTheDefault() throws IOException {
    Map<String, String> table = readmeTable();
    for (StyleOption<?> option : StyleOptions.ALL) {
      String cell = table.get(option.key());
      for (String value : option.values()) {
        assertTrue(cell.contains("`" + value + "`"), option + " allows " + value + ", which README.md does not name");
      }
      if (option.defaultValue() == null) {
        assertTrue(!cell.contains("(default)"), option + " has no default, but README.md names one: " + cell);
      } else {
        assertTrue(cell.contains("`" + option.defaultValue() + "` (default)"),
            option + " defaults to " + option.defaultValue() + ", which README.md does not say: " + cell);
        assertEquals(1, cell.split("\\(default\\)", -1).length - 1, option + ": one default in " + cell);
      }
    }
  }

  @Test
  void keysAreUniqueAndWrittenAsInTheFrontMatter() {
    List<String> keys = StyleOptions.ALL.stream().map(StyleOption::key).toList();
    assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString());
    for (String key : keys) assertTrue(key.matches("[a-z]+(-[a-z]+)*"), key);
  }

  @Test
  void everyNamedValueReadsAsItselfAndEveryDefaultIsAllowed() {
    for (StyleOption<?> option : StyleOptions.ALL) {
      for (String value : option.values()) {
        if (option == StyleOptions.FONT) continue; // a family reads as the family, checked below
        Object read = option.parse(value.toUpperCase(java.util.Locale.ROOT), null);
        assertNotNull(read, option + " does not take its own value " + value);
      }
      if (option.defaultValue() != null) {
        assertTrue(option.values().isEmpty() || option.values().contains(option.defaultValue()), option.toString());
        assertNotNull(option.parsedDefault(), option.toString());
      }
    }
    assertEquals(BundledFamily.names(), StyleOptions.FONT.values());
    assertEquals(Theme.BUILT_IN, StyleOptions.THEME.values());
    assertEquals(Theme.DEFAULT, StyleOptions.THEME.defaultValue());
  }

  @Test
  void anOptionThatCanRefuseAValueSaysWhatIsAllowed() {
    for (StyleOption<?> option : StyleOptions.ALL) {
      // The font reports its own problems (an unknown family, a file it cannot use); see StyleTest.
      if (option == StyleOptions.FONT) continue;
      boolean refuses = option.parse("~nonsense~", null) == null;
      if (refuses) assertNotNull(option.hint(), option + " refuses a value without saying what is allowed");
      if (option.hint() != null) assertTrue(!option.hint().startsWith("use "), option + ": the reader adds `use`");
    }
  }

  @Test
  void onlyGivenOptionsWriteCssAndOnlyTheAccentEditsTheTheme() {
    Theme theme = Theme.parse("/*\n * accent: #111111\n */ h1 { color: #111111; }", "t", "t");
    assertEquals("@page { size: letter; }\n", StyleOptions.PAPER.css("letter", theme));
    assertEquals("", StyleOptions.ICONS.css(false, theme));
    assertEquals(theme.css(), StyleOptions.PAPER.editTheme("letter", theme, theme.css()));
    assertEquals("/*\n * accent: #222\n */ h1 { color: #222; }",
        StyleOptions.ACCENT.editTheme("#222", theme, theme.css()));
  }
}
