package dev.cvpress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes what the release archive carries beside the jar, from the command line's model: the man pages
 * (man/man1) and the completion scripts where each shell looks for them under a prefix's share/ folder. Run by
 * the build: {@code DistFiles OUT_DIR VERSION}.
 */
public final class DistFiles {
  private DistFiles() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), args.length > 1 ? args[1] : "dev");
  }

  static void write(Path out, String version) throws IOException {
    for (Map.Entry<String, String> page : ManPages.all(version).entrySet()) {
      put(out.resolve("man/man1").resolve(page.getKey()), page.getValue());
    }
    CompletionModel model = CompletionModel.read();
    put(out.resolve("bash-completion/completions/cvpress"), CompletionScripts.bash(model));
    put(out.resolve("zsh/site-functions/_cvpress"), CompletionScripts.zsh(model));
    put(out.resolve("fish/vendor_completions.d/cvpress.fish"), CompletionScripts.fish(model));
  }

  private static void put(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
