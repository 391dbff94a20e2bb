package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
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
 * Error-message golden files: rendering {@code golden/<case>.md} fails with the diagnostics in
 * {@code golden/<case>.err}, formatted as the command line prints them. To add a case, create the .md and an empty
 * .err, then run {@code mvn test -Dgolden.update=true} and read what was written.
 */
class ErrorGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".err"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
      assertFalse(names.isEmpty(), "no error goldens found in " + GOLDEN.toAbsolutePath());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithTheGoldenDiagnostics(String name) throws Exception {
    Path input = GOLDEN.resolve(name + ".md");
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(input, Options.defaults()),
        name + ".md should not render");
    // Diagnostics name the file as it was given; the golden names it as a user in its folder would.
    String actual = e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining())
        .replace(input.toString(), name + ".md");
    Path expectedFile = GOLDEN.resolve(name + ".err");
    if (Boolean.parseBoolean(System.getProperty("golden.update", "false"))) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
  }
}
