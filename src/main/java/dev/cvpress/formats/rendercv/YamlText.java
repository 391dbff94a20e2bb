package dev.cvpress.formats.rendercv;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A RenderCV file's tree as the YAML a person writes: block style, two spaces, list items indented under their key
 * as RenderCV's examples have them, lines never folded, text of several lines as a literal block; and a first line
 * that tells editors where RenderCV's schema is.
 */
final class YamlText {
  private YamlText() {}

  /** The schema of the RenderCV release whose input this writes, as RenderCV's own examples name it. */
  static final String SCHEMA_LINE =
      "# yaml-language-server: $schema=https://raw.githubusercontent.com/rendercv/rendercv/refs/tags/v2.8/schema.json";

  static String write(Map<String, Object> tree) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    return SCHEMA_LINE + "\n" + new Yaml(new TextRepresenter(options), options).dump(tree);
  }

  /** Strings of several lines as literal blocks ({@code |-}), the rest as snakeyaml chooses (plain where it can). */
  private static final class TextRepresenter extends Representer {
    TextRepresenter(DumperOptions options) {
      super(options);
      Represent plain = representers.get(String.class);
      representers.put(String.class, data -> {
        String s = data.toString();
        if (s.contains("\n") && !s.contains("\r") && s.chars().noneMatch(c -> c < 0x20 && c != '\n')
            && !s.startsWith(" ") && !s.endsWith(" ") && !s.contains(" \n")) {
          return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.LITERAL);
        }
        return plain.representData(data);
      });
    }
  }
}
