package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A man page for cvpress and one per command, from the command model, that groff reads without a warning. */
class ManPagesTest {
  @TempDir Path dir;

  @Test
  void onePagePerCommandWithEveryOption() {
    Map<String, String> pages = ManPages.all("9.9.9");
    for (String command : RootCommand.COMMANDS) {
      if (command.equals("help")) continue;
      assertTrue(pages.containsKey("cvpress-" + command + ".1"), command);
      assertTrue(pages.get("cvpress.1").contains(".BR cvpress\\-" + command + " (1)"), command);
    }
    CompletionModel model = CompletionModel.read();
    for (CompletionModel.Command c : model.commands()) {
      if (c.name().equals("help")) continue;
      String page = pages.get("cvpress-" + c.name() + ".1");
      assertTrue(page.contains(".TH CVPRESS-" + c.name().toUpperCase(java.util.Locale.ROOT) + " 1 \"\" \"cvpress 9.9.9\""),
          page);
      for (CompletionModel.Arg o : c.options()) {
        for (String name : o.names()) assertTrue(page.contains("\\fB" + ManPages.text(name) + "\\fR"), name);
      }
    }
  }

  @Test
  void roffEscapes() {
    assertEquals("\\&.starts with a dot\nC:\\eback \\- slash", ManPages.text(".starts with a dot\nC:\\back - slash"));
  }

  @Test
  void groffReadsEveryPageWithoutWarnings() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff is needed");
    for (Map.Entry<String, String> page : ManPages.all("9.9.9").entrySet()) {
      Path file = Files.writeString(dir.resolve(page.getKey()), page.getValue());
      Process p = new ProcessBuilder("groff", "-man", "-Tutf8", "-K", "utf8", "-ww", file.toString())
          .redirectError(dir.resolve("warnings.txt").toFile()).start();
      // Bold and underlined as a terminal shows them: each letter struck over; read as plain text.
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll(".\b", "");
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue());
      assertEquals("", Files.readString(dir.resolve("warnings.txt")), page.getKey());
      assertTrue(text.contains("NAME") && text.contains("OPTIONS"), text);
      if (page.getKey().equals("cvpress-render.1")) assertTrue(text.contains("theme"), text);
    }
  }
}
