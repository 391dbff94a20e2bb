package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.InputNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON Resume that cannot be read fails to render and to convert with the diagnostics in
 * {@code jsonresume/errors/<case>.err}: at the line and column in the JSON file, naming the JSON pointer of the
 * value, with the line, a caret and a hint. To add a case, create the .json and an empty .err, then run
 * {@code mvn test -Dgolden.update=true} and read what was written.
 */
class JsonResumeErrorsTest {
  private static final Path ERRORS = Path.of("src/test/resources/jsonresume/errors");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(ERRORS)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".err"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
      assertFalse(names.isEmpty(), "no cases in " + ERRORS.toAbsolutePath());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithTheGoldenDiagnostics(String name) throws Exception {
    Path input = ERRORS.resolve(name + ".json");
    CvpressException render = assertThrows(CvpressException.class, () -> Cvpress.render(input, Options.defaults()),
        name + ".json should not render");
    CvpressException convert = assertThrows(CvpressException.class,
        () -> Cvpress.convert(Cvpress.Input.read(input), InputNames.Format.MARKDOWN), name + ".json should not convert");
    String actual = formatted(render, input, name);
    assertEquals(actual, formatted(convert, input, name), "render and convert report the same");
    Path expected = ERRORS.resolve(name + ".err");
    if (Boolean.parseBoolean(System.getProperty("golden.update", "false"))) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
  }

  private static String formatted(CvpressException e, Path input, String name) {
    return e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining())
        .replace(input.toString(), name + ".json");
  }
}
