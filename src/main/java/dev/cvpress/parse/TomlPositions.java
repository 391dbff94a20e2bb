package dev.cvpress.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Where each key of TOML front matter is written, at any depth: a key in a {@code [style]} table, a dotted key
 * ({@code style.theme = …}) or a key of an inline table. TOML keys are not indented under their table as YAML's
 * are, so they cannot be found by reading lines; tomlj knows where it read each one.
 */
final class TomlPositions {
  /**
   * One key: its line in the file, the column of the key and the column of its value (the key's own for a
   * {@code [table]} header, which has no value on its line).
   */
  record At(int line, int keyColumn, int valueColumn) {}

  private TomlPositions() {}

  /**
   * Every key of {@code root} by its path from the top ({@code ["style", "theme"]}).
   *
   * @param text the front matter as parsed
   * @param startLine the file line of the front matter's first line
   */
  static Map<List<String>, At> of(TomlTable root, String text, int startLine) {
    String[] lines = text.split("\n", -1);
    Map<List<String>, At> out = new LinkedHashMap<>();
    walk(root, root, new ArrayList<>(), lines, startLine, out);
    return out;
  }

  private static void walk(TomlTable root, TomlTable table, List<String> path, String[] lines, int startLine,
      Map<List<String>, At> out) {
    for (String key : table.keySet()) {
      path.add(key);
      TomlPosition pos = root.inputPositionOf(path);
      if (pos != null && pos.line() >= 1 && pos.line() <= lines.length) {
        String line = lines[pos.line() - 1];
        out.put(List.copyOf(path), new At(startLine + pos.line() - 1, pos.column(), valueColumn(line, pos.column())));
      }
      if (table.get(List.of(key)) instanceof TomlTable inner) walk(root, inner, path, lines, startLine, out);
      path.remove(path.size() - 1);
    }
  }

  /** The column of the value after {@code key =} on {@code line}, the key at {@code keyColumn}; it when none. */
  private static int valueColumn(String line, int keyColumn) {
    int i = Math.max(0, keyColumn - 1);
    char quote = 0;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') i++;
        else if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '=') {
        break;
      } else if (c == '[' || c == '{' || c == '#') {
        return keyColumn; // a table header, or no value on this line
      }
    }
    if (i >= line.length()) return keyColumn;
    i++;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
    return i < line.length() ? i + 1 : keyColumn;
  }
}
