package dev.cvpress.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The formats depend on the model and on one another, never on the stages: a JSON Resume is read by writing it as
 * Markdown, and the facade hands the formats the Markdown reader. Jackson and the schema validator stay in
 * {@code formats.jsonresume}.
 */
class DependenciesTest {
  private static final Pattern USE = Pattern.compile("\\b(dev\\.cvpress\\.[a-z.]+|com\\.fasterxml|com\\.networknt)\\.");

  @Test
  void formatsUseOnlyTheModelDiagnosticsAndEachOther() throws Exception {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/cvpress/formats"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = USE.matcher(Files.readString(f));
        while (m.find()) {
          String used = m.group(1);
          boolean library = used.equals("com.fasterxml") || used.equals("com.networknt");
          boolean ok = library ? f.toString().contains("/jsonresume/")
              : used.startsWith("dev.cvpress.model") || used.startsWith("dev.cvpress.diag")
                  || used.startsWith("dev.cvpress.formats");
          if (!ok) wrong.add(f.getFileName() + " uses " + used);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
