package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cvpress check` on a résumé's prose, as the README shows it: each slip at its column, and no noise. */
class CheckProseTest {
  @TempDir Path dir;

  private Cli check(String lang, String... items) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Ada Lovelace\nemail: ada@example.com\nlang: "
        + lang + "\n---\n\n## Experience\n\n### Engineer — Acme | 2019 – 2021\n\n" + String.join("\n", items)
        + "\n", StandardCharsets.UTF_8);
    return Cli.run("check", cv.toString());
  }

  /** The lines "cv.md:LINE:COL: warning: MESSAGE" of a run, without the file. */
  private static List<String> warnings(Cli r) {
    return r.both().lines().filter(l -> l.contains(": warning: "))
        .map(l -> l.substring(l.indexOf("cv.md:") + "cv.md:".length())).toList();
  }

  @Test
  void aMarkWithNoSpaceAfterItAfterAWordOfAnyLengthIsFound() throws Exception {
    Cli r = check("en", "- The work was done,and finished.Then we left.", "- It was finished.Then we left.");
    assertEquals(3, r.code(), r.both());
    assertEquals(List.of(
        "11:20: warning: no space after \",\"",
        "11:33: warning: no space after \".\"",
        "12:18: warning: no space after \".\""), warnings(r));
  }
}
