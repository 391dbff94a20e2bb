package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.style.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A long name with a credential, and long addresses, in every theme on A4 and Letter, read back from the PDF: the
 * credential stays on the surname's line, and no address is broken after one of its own hyphens.
 */
class MastheadLinesTest {
  static final String LONG = """
      ---
      name: "Dr. Jane Alexandra Doe-Whitfield, PhD"
      headline: Principal Research Scientist · machine learning systems
      email: jane.whitfield@example-university.edu
      phone: +44 20 7946 0958
      location: London, UK
      links:
        - https://linkedin.com/in/jane-alexandra-doe-whitfield
        - https://github.com/jane-doe-whitfield-research
      ---

      ## Experience

      ### Research Scientist — DeepLab — London | 2020 – Present

      - Published the code at https://example.com/a-very-long-path/with-many-hyphens-in-it/and-more-of-them-here \
      for others to use.

      ## Skills

      - Python, JAX
      """;

  @TempDir static Path dir;

  static Stream<Arguments> themesAndPapers() {
    return Theme.BUILT_IN.stream().flatMap(t -> Stream.of(Arguments.of(t, "a4"), Arguments.of(t, "letter")));
  }

  private static List<LedgerThemeTest.Run> lines(String theme, String paper, String css) throws Exception {
    Path cv = Files.writeString(dir.resolve("long.md"), LONG, StandardCharsets.UTF_8);
    Options.Builder options = Options.builder().theme(theme).paper(paper);
    if (css != null) options.css(Files.writeString(dir.resolve("extra.css"), css));
    return LedgerThemeTest.runs(Cvpress.render(cv, options.build()).pdf(), 0);
  }

  private static List<String> hyphenEnds(List<LedgerThemeTest.Run> lines) {
    return lines.stream().map(LedgerThemeTest.Run::text).filter(t -> t.endsWith("-")).toList();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("themesAndPapers")
  void theCredentialStaysWithTheSurnameAndNoAddressBreaksAtAHyphen(String theme, String paper) throws Exception {
    List<LedgerThemeTest.Run> lines = lines(theme, paper, null);
    LedgerThemeTest.Run credential = lines.stream().filter(r -> r.text().endsWith("PhD")).findFirst().orElseThrow();
    assertTrue(credential.text().contains("Doe-Whitfield, PhD"), "\"PhD\" on a line of its own: " + credential);
    assertTrue(hyphenEnds(lines).isEmpty(), "lines broken after a hyphen: " + hyphenEnds(lines));
  }

  @Test
  void theChecksCanFail() throws Exception {
    // The surname let loose, in a size that makes the name wrap: the engine breaks the double name at its hyphen.
    List<LedgerThemeTest.Run> lines = lines("modern", "a4", ".name-end { white-space: normal !important; }"
        + " .name { font-size: 60pt !important; }");
    assertTrue(hyphenEnds(lines).contains("Alexandra Doe-"), lines.toString());
  }
}
