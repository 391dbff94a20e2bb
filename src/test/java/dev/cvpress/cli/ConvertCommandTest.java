package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cvpress convert IN -o OUT | --to FORMAT}: the format from OUT's extension or --to, warnings with their
 * positions, never over the input or over an existing file without --force, errors with exit 1 and no trace.
 */
class ConvertCommandTest {
  @TempDir Path dir;

  private Path copy(String from, String name) throws Exception {
    Path to = dir.resolve(name);
    Files.copy(Path.of(from), to);
    return to;
  }

  @Test
  void writesMarkdownFromAJsonResumeAndSaysWhatItKeptAside() throws Exception {
    Path in = copy("src/test/resources/jsonresume/sample.resume.json", "resume.json");
    Path out = dir.resolve("resume.md");
    Cli r = Cli.run("convert", in.toString(), "-o", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.both());
    assertEquals(in + " -> " + out + " (Markdown, 3 warnings)\n", r.out());
    assertTrue(r.err().contains(in + ":153:15: warning: /projects/0/type has no place in a Markdown résumé"), r.err());
    assertTrue(Files.readString(out).startsWith("---\nname: Richard Hendriks\nheadline: Programmer\n"));
  }

  @Test
  void withoutAnOutputWritesBesideTheInputInTheFormatAskedFor() throws Exception {
    Path in = copy("examples/jane-doe.md", "jane.md");
    Cli r = Cli.run("convert", in.toString(), "--to", "json");
    assertEquals(ExitCode.OK, r.code(), r.both());
    assertTrue(Files.readString(dir.resolve("jane.json")).contains("\"name\": \"Jane Doe\""));
    // And back: the JSON Resume renders as the Markdown did.
    assertEquals(ExitCode.OK, Cli.run("convert", dir.resolve("jane.json").toString(), "-o",
        dir.resolve("again.md").toString()).code());
  }

  @Test
  void anOutputNamedForAnotherFormatThanToIsAUsageError() throws Exception {
    Path in = copy("examples/jane-doe.md", "jane.md");
    Path yml = dir.resolve("tidy.yml");
    Cli r = Cli.run("convert", in.toString(), "-o", yml.toString(), "--to", "json");
    assertEquals(ExitCode.USAGE, r.code(), r.both());
    assertTrue(r.err().contains("-o " + yml + " names a RenderCV file, but --to json writes JSON Resume"), r.both());
    assertFalse(Files.exists(yml), "nothing written");
    assertEquals(ExitCode.OK, Cli.run("convert", in.toString(), "-o", dir.resolve("notes.txt").toString(), "--to",
        "md").code(), "a .txt file is Markdown");
    for (String[] pair : new String[][] {{"z.txt", "json"}, {"p.pdf", "md"}}) {
      Cli bad = Cli.run("convert", in.toString(), "-o", dir.resolve(pair[0]).toString(), "--to", pair[1]);
      assertEquals(ExitCode.USAGE, bad.code(), bad.both());
      assertFalse(Files.exists(dir.resolve(pair[0])), "nothing written");
    }
  }

  @Test
  void writesToStandardOutput() throws Exception {
    Path in = copy("examples/jane-doe.md", "jane.md");
    Cli r = Cli.run("convert", in.toString(), "--to", "json", "-o", "-");
    assertEquals(ExitCode.OK, r.code(), r.both());
    assertTrue(r.out().startsWith("{\n  \"$schema\""), r.out());
    assertFalse(Files.exists(dir.resolve("jane.json")));
  }

  @Test
  void readsStandardInputTellingItsFormatByWhatItHolds() throws Exception {
    byte[] markdown = Files.readAllBytes(Path.of("examples/jane-doe.md"));
    StdCli json = StdCli.run(markdown, false, false, java.util.Map.of(), "convert", "-", "--to", "json");
    assertEquals(ExitCode.OK, json.code(), json.both());
    assertTrue(json.out().contains("\"name\": \"Jane Doe\""), json.both());
    // A JSON Resume on stdin is read as one (it has no name to tell it by), and written to a file with -o.
    Path out = dir.resolve("back.md");
    StdCli md = StdCli.run(json.out().getBytes(StandardCharsets.UTF_8), false, false, java.util.Map.of(),
        "convert", "-", "-o", out.toString());
    assertEquals(ExitCode.OK, md.code(), md.both());
    assertEquals("<stdin> -> " + out + " (Markdown)\n", md.out());
    assertTrue(Files.readString(out).startsWith("---\nname: Jane Doe\n"), Files.readString(out));
    StdCli none = StdCli.run(markdown, false, false, java.util.Map.of(), "convert", "-");
    assertEquals(ExitCode.USAGE, none.code(), none.both());
    assertTrue(none.err().contains("--to names the format"), none.both());
    assertFalse(none.err().contains("file not found"), none.both());
  }

  @Test
  void neverReplacesAFileUnlessAskedNorTheInput() throws Exception {
    Path in = copy("examples/jane-doe.md", "jane.md");
    Path out = dir.resolve("jane.json");
    Files.writeString(out, "mine");
    Cli r = Cli.run("convert", in.toString(), "-o", out.toString());
    assertEquals(ExitCode.FAILED, r.code());
    assertEquals(out + ": error: file exists; not replaced\nhint: choose another name, or pass --force to replace it\n",
        r.err());
    assertEquals("mine", Files.readString(out));
    assertEquals(ExitCode.OK, Cli.run("convert", in.toString(), "-o", out.toString(), "--force").code());
    Cli self = Cli.run("convert", in.toString(), "-o", in.toString(), "--force");
    assertEquals(ExitCode.FAILED, self.code());
    assertTrue(self.err().contains("the output would replace the input"), self.err());
  }

  @Test
  void aFormatItCannotTellIsAUsageError() throws Exception {
    Path in = copy("examples/jane-doe.md", "jane.md");
    Cli pdf = Cli.run("convert", in.toString(), "-o", dir.resolve("jane.pdf").toString());
    assertEquals(ExitCode.USAGE, pdf.code(), pdf.both());
    assertTrue(pdf.err().contains("cannot tell the format of"), pdf.err());
    assertEquals(ExitCode.USAGE, Cli.run("convert", in.toString()).code());
    assertEquals(ExitCode.USAGE, Cli.run("convert", in.toString(), "--to", "yaml").code());
  }

  @Test
  void aBrokenJsonResumeIsAnErrorAtItsPlace() throws Exception {
    Path in = dir.resolve("cv.json");
    Files.writeString(in, "{\n  \"basics\": {\n    \"name\": \"Ada\",\n  }\n}\n", StandardCharsets.UTF_8);
    Cli r = Cli.run("convert", in.toString(), "-o", dir.resolve("cv.md").toString());
    assertEquals(ExitCode.FAILED, r.code());
    assertEquals(in + ":4:3: error: invalid JSON at /basics/name: a comma before the closing bracket\n"
        + "      }\n      ^\nhint: JSON allows no comma after the last value of an object or a list; remove it\n", r.err());
    assertFalse(Files.exists(dir.resolve("cv.md")));
    // Rendering and checking it say the same.
    assertEquals(r.err(), Cli.run(in.toString()).err());
    assertEquals(ExitCode.FAILED, Cli.run("check", in.toString()).code());
  }

  @Test
  void aJsonResumeRendersDirectly() throws Exception {
    Path in = copy("src/test/resources/jsonresume/resumes/german.json", "lebenslauf.json");
    Cli r = Cli.run(in.toString(), "--format", "txt");
    assertEquals(ExitCode.OK, r.code(), r.both());
    String text = Files.readString(dir.resolve("lebenslauf.txt"));
    assertTrue(text.contains("Jonas Becker") && text.toLowerCase(java.util.Locale.ROOT).contains("berufserfahrung"),
        text);
    assertTrue(text.contains("heute"), "German labels: " + text);
  }
}
