package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.Cvpress;
import dev.cvpress.files.InputNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden pairs, each direction: the official JSON Resume sample as Markdown, and the reference résumé and the
 * example as JSON Resume, byte for byte; converting twice gives the same bytes. To change one, run
 * {@code mvn test -Dgolden.update=true} and read the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/jsonresume/golden");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "src/test/resources/jsonresume/sample.resume.json, sample.resume.md",
      "src/test/resources/jsonresume/resumes/edge-cases.json, edge-cases.md",
      "src/test/resources/jsonresume/resumes/german.json, german.md",
      "examples/about-me.md, about-me.json",
      "examples/jane-doe.md, jane-doe.json",
      "src/main/resources/starter.md, starter.json",
      "examples/about-me.md, about-me.md",
  })
  void convertsAsTheGoldenFileShows(String input, String golden) throws Exception {
    Path in = Path.of(input);
    InputNames.Format to = InputNames.format(golden);
    byte[] written = Cvpress.convert(Cvpress.Input.read(in), to).bytes();
    assertArrayEquals(written, Cvpress.convert(Cvpress.Input.read(in), to).bytes(), "the same bytes every time");
    Path expected = GOLDEN.resolve(golden);
    if (Boolean.parseBoolean(System.getProperty("golden.update", "false"))) {
      Files.write(expected, written);
      return;
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
  }
}
