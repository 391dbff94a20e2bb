package dev.cvpress.parse;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Where YAML nests deeper than a limit. snakeyaml refuses such a document without saying where; its event stream,
 * which it reads without recursion, does carry the place, so the error can point at the line that goes too deep.
 */
final class YamlNesting {
  private YamlNesting() {}

  /** Whether {@code e} is snakeyaml's refusal of a document nested too deeply. */
  static boolean isTooDeep(YAMLException e) {
    return String.valueOf(e.getMessage()).startsWith("Nesting Depth exceeded");
  }

  /** The start of the first collection nested deeper than {@code limit}; null when none is (or it cannot tell). */
  static Mark crossing(String yaml, int limit) {
    int depth = 0;
    try {
      for (Event e : new Yaml(new LoaderOptions()).parse(new StringReader(yaml))) {
        if (e instanceof CollectionStartEvent && ++depth > limit) return e.getStartMark();
        if (e instanceof CollectionEndEvent) depth--;
      }
    } catch (YAMLException e) {
      return null; // reported as the YAML error it is
    }
    return null;
  }
}
