package dev.cvpress.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The build step that prepares the bundled fonts, so that no process repeats work whose answer is fixed once the
 * fonts are: the lean copy of every face ({@link LeanFont}) and their {@link FaceFacts}. Run by Maven as
 * {@code FontBuild FROM TO}, on the fonts as published.
 */
final class FontBuild {
  private FontBuild() {}

  public static void main(String[] args) throws IOException {
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    Files.createDirectories(to);
    Map<String, FaceFacts> facts = new TreeMap<>();
    try (var files = Files.list(from)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        if (name.endsWith(".ttf")) {
          byte[] lean = LeanFont.of(bytes);
          if (lean == bytes) throw new IllegalStateException(file + " is not a TrueType font this build can strip");
          bytes = lean;
          try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(lean))) {
            facts.put(name, FaceFacts.of(ttf));
          }
        }
        Files.write(to.resolve(name), bytes);
      }
    }
    Files.writeString(to.resolve(FaceFacts.FILE), FaceFacts.write(facts), StandardCharsets.UTF_8);
  }
}
