package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files beside the outputs: named so that any output name the file system allows can have one. */
class TemporariesTest {
  @TempDir Path dir;

  @Test
  void anInputWithANameNearTheFileSystemsLimitStillRenders() throws Exception {
    String stem = "a".repeat(120) + "é".repeat(60); // 240 bytes: the PDF's name is 244, its temporary's longer
    Path input = Files.writeString(dir.resolve(stem + ".md"), "---\nname: Ada\nemail: a@b.c\n---\n# Ada\n\nHi\n");
    Cli r = Cli.run(input.toString(), "--format", "pdf,txt");
    assertEquals(0, r.code(), r.both());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(stem + ".md", stem + ".pdf", stem + ".txt"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aShortenedNameKeepsItsExtensionAndWholeCharacters() {
    String name = "é".repeat(150) + ".html";
    String cut = Temporaries.shortened(name);
    assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= 200, cut);
    assertTrue(cut.endsWith("é.html"), cut);
    assertEquals("cv.pdf", Temporaries.shortened("cv.pdf"));
  }
}
