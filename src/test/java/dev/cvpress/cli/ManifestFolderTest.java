package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest reads only files inside its own folder and writes only there, symbolic links followed: each path that
 * leads out is an error at its line and column, and nothing is read from outside or written anywhere.
 */
class ManifestFolderTest {
  private static final String SECRET = "SECRET-TOKEN-4711";

  @TempDir Path root;
  private Path project;
  private Path outside;

  @BeforeEach
  void folders() throws IOException {
    project = Files.createDirectory(root.resolve("project"));
    outside = Files.createDirectory(root.resolve("outside"));
    Files.writeString(project.resolve("resume.md"), "# Ada Lovelace\n\nAnalyst\n", StandardCharsets.UTF_8);
    Files.writeString(outside.resolve("secret.md"), "# " + SECRET + "\n", StandardCharsets.UTF_8);
    Files.writeString(outside.resolve("secret.css"), "h1::after { content: '" + SECRET + "'; }\n");
    Files.createSymbolicLink(project.resolve("ext"), outside);
  }

  private Cli build(String yaml) throws IOException {
    Path m = Files.writeString(project.resolve("cvpress.yaml"), yaml, StandardCharsets.UTF_8);
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("build", m.toString()));
  }

  /** Exit 1, the error at the manifest's line and column, nothing written in either folder, the secret unseen. */
  private void refused(Cli r, int line, int column, String message) throws IOException {
    assertEquals(1, r.code(), r.both());
    String at = project.resolve("cvpress.yaml") + ":" + line + ":" + column + ": error: ";
    assertTrue(r.err().contains(at) && r.err().contains(message), "expected " + at + "…" + message + "\n" + r.both());
    assertTrue(r.err().contains("hint: "), r.both());
    assertFalse(r.both().contains(SECRET), r.both());
    assertEquals(List.of("cvpress.yaml", "ext", "resume.md"), names(project), "nothing written in the folder");
    assertEquals(List.of("secret.css", "secret.md"), names(outside), "nothing written outside");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anAbsoluteInputIsRefused() throws Exception {
    refused(build("outputs:\n  - input: /etc/hostname\n"), 2, 12, "is not a path inside the manifest's folder");
  }

  @Test
  void anInputUpTheTreeIsRefused() throws Exception {
    refused(build("outputs:\n  - input: ../outside/secret.md\n"), 2, 12, "leads out of the manifest's folder");
  }

  @Test
  void anInputThroughALinkOutOfTheFolderIsRefused() throws Exception {
    refused(build("outputs:\n  - input: ext/secret.md\n"), 2, 12, "`input: ext/secret.md` leads out");
  }

  @Test
  void anInputLinkToAPipeOutsideIsRefusedWithoutOpeningIt() throws Exception {
    // Opening a pipe blocks until someone writes to it: a hang here would mean the file was opened.
    Fifos.make(outside.resolve("pipe.md"));
    Files.createSymbolicLink(project.resolve("pipe.md"), outside.resolve("pipe.md"));
    Cli r = build("outputs:\n  - input: pipe.md\n");
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(":2:12: error: `input: pipe.md` leads out"), r.both());
  }

  @Test
  void aPipeInsideTheFolderIsRefusedAtItsLine() throws Exception {
    Fifos.make(project.resolve("pipe.md"));
    Cli r = build("outputs:\n  - input: resume.md\n    output: ok.pdf\n  - input: pipe.md\n");
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(":4:12: error: `input: pipe.md` is not a regular file"), r.both());
    assertFalse(Files.exists(project.resolve("ok.pdf")), "the manifest's problems stop the whole build");
  }

  @Test
  void aStyleSheetOrThemeThroughALinkOutOfTheFolderIsRefused() throws Exception {
    refused(build("outputs:\n  - input: resume.md\n    css: ext/secret.css\n"), 3, 10, "`css: ext/secret.css` leads out");
    Files.delete(project.resolve("cvpress.yaml"));
    refused(build("defaults:\n  theme: ext/secret.css\noutputs:\n  - input: resume.md\n"), 2, 10,
        "`theme: ext/secret.css` leads out");
  }

  @Test
  void anOutputUpTheTreeIsRefused() throws Exception {
    refused(build("outputs:\n  - input: resume.md\n    output: ../../x.pdf\n"), 3, 13,
        "`output: ../../x.pdf` leads out of the manifest's folder");
  }

  @Test
  void anAbsoluteOutputIsRefused() throws Exception {
    Path target = outside.resolve("x.pdf");
    refused(build("outputs:\n  - input: resume.md\n    output: " + target + "\n"), 3, 13,
        "is not a path inside the manifest's folder");
  }

  @Test
  void anOutputThroughALinkOutOfTheFolderIsRefused() throws Exception {
    refused(build("outputs:\n  - input: resume.md\n    output: ext/new/x.pdf\n"), 3, 13,
        "`output: ext/new/x.pdf` leads out of the manifest's folder");
  }

  @Test
  void tagsInTheOutputNameCannotLeadOut() throws Exception {
    refused(build("outputs:\n  - input: resume.md\n    output: \"{tags}.pdf\"\n    tags: [\"../../evil\"]\n"), 3, 13,
        "outside the manifest's folder");
  }

  @Test
  void pathsInsideTheFolderStillWork() throws Exception {
    Files.createDirectory(project.resolve("sub"));
    Files.createSymbolicLink(project.resolve("inner"), project.resolve("sub"));
    Files.writeString(project.resolve("sub/extra.css"), "h1 { color: teal; }\n");
    Cli r = build("outputs:\n  - input: ./sub/../resume.md\n    output: inner/out/{name}.pdf\n"
        + "    css: inner/extra.css\n");
    assertEquals(0, r.code(), r.both());
    assertTrue(Files.isRegularFile(project.resolve("sub/out/resume.pdf")), r.both());
  }
}
