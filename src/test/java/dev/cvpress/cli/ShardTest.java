package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cvpress build --shard I/N`: the shards of a build render every output exactly once, whatever the order. */
class ShardTest {
  private static final int OUTPUTS = 1000;
  private static final int SHARDS = 4;
  private static final Pattern OUTPUT_FIELD = Pattern.compile("\"output\":\"([^\"]*)\"");

  @TempDir Path dir;

  @Test
  void fourShardsOfAThousandOutputsRenderEachExactlyOnce() throws IOException {
    Files.writeString(dir.resolve("cv.md"), "# Jane Doe\n\n## Skills\n\nJava.\n", StandardCharsets.UTF_8);
    StringBuilder yaml = new StringBuilder("defaults:\n  format: txt\noutputs:\n");
    for (int i = 0; i < OUTPUTS; i++) yaml.append("  - input: cv.md\n    output: out/cv-").append(i).append(".txt\n");
    Path manifest = Files.writeString(dir.resolve("cvpress.yaml"), yaml, StandardCharsets.UTF_8);

    Map<String, Integer> rendered = new HashMap<>();
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i <= SHARDS; i++) {
      Path report = dir.resolve("report-" + i + ".jsonl");
      Cli r = Cli.run("build", manifest.toString(), "--shard", i + "/" + SHARDS, "--report", report.toString());
      assertEquals(0, r.code(), r.both());
      List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
      sizes.add(lines.size());
      for (String line : lines) {
        Matcher m = OUTPUT_FIELD.matcher(line);
        assertTrue(m.find(), line);
        assertTrue(line.contains("\"status\":\"written\""), line);
        rendered.merge(m.group(1), 1, Integer::sum);
      }
      String summary = r.out().lines().reduce((a, b) -> b).orElse("");
      assertTrue(summary.matches("build \\(shard " + i + "/4\\): " + lines.size() + " outputs written, 0 failed, "
          + (OUTPUTS - lines.size()) + " skipped \\(other shards\\) in [0-9.]+ s"), summary);
    }
    assertEquals(OUTPUTS, rendered.size(), "every output rendered by some shard");
    assertTrue(rendered.values().stream().allMatch(n -> n == 1), "no output rendered twice: " + rendered);
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertEquals(OUTPUTS, files.count());
    }
    // A stable hash spreads the outputs about evenly: no shard gets less than a sixth or more than a third.
    assertTrue(sizes.stream().allMatch(n -> n > OUTPUTS / 6 && n < OUTPUTS / 3), sizes.toString());
  }

  @Test
  void aShardIsTheSameWhateverTheOrderOfTheManifest() throws IOException {
    Files.writeString(dir.resolve("cv.md"), "# Jane Doe\n\nJava.\n", StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 40; i++) names.add("cv-" + i);
    TreeSet<String> first = shardOf(names, "a");
    List<String> reversed = new ArrayList<>(names);
    java.util.Collections.reverse(reversed);
    reversed.add(0, "extra");
    TreeSet<String> second = shardOf(reversed, "b");
    second.remove("b/extra");
    assertEquals(first.stream().map(s -> s.substring(2)).toList(), second.stream().map(s -> s.substring(2)).toList());
  }

  private TreeSet<String> shardOf(List<String> names, String folder) throws IOException {
    StringBuilder yaml = new StringBuilder("outputs:\n");
    for (String n : names) yaml.append("  - {input: cv.md, output: ").append(n).append(".txt, format: txt}\n");
    Files.createDirectories(dir.resolve(folder));
    Files.copy(dir.resolve("cv.md"), dir.resolve(folder).resolve("cv.md"));
    Path manifest = Files.writeString(dir.resolve(folder).resolve("cvpress.yaml"), yaml, StandardCharsets.UTF_8);
    Cli r = Cli.run("build", manifest.toString(), "--shard", "2/3", "-q");
    assertEquals(0, r.code(), r.both());
    try (Stream<Path> files = Files.list(dir.resolve(folder))) {
      TreeSet<String> written = new TreeSet<>();
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .forEach(n -> written.add(folder + "/" + n.replace(".txt", "")));
      return written;
    }
  }

  @Test
  void aReportThatWouldReplaceAnOutputIsRefusedBeforeAnythingIsWritten() throws IOException {
    Files.writeString(dir.resolve("cv.md"), "# Jane Doe\n\nJava.\n", StandardCharsets.UTF_8);
    Path manifest = Files.writeString(dir.resolve("cvpress.yaml"),
        "outputs:\n  - {input: cv.md, output: out/cv.pdf, format: [pdf, txt]}\n", StandardCharsets.UTF_8);
    for (String clash : List.of("out/cv.pdf", "out/cv.txt")) {
      Cli r = Cli.run("build", manifest.toString(), "--report", dir.resolve(clash).toString());
      assertEquals(1, r.code(), r.both());
      assertTrue(r.err().contains("would replace a file that the output at line 2"), r.err());
      assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
    Cli fine = Cli.run("build", manifest.toString(), "--report", dir.resolve("out/cv.jsonl").toString(), "-q");
    assertEquals(0, fine.code(), fine.both());
    assertTrue(Files.readString(dir.resolve("out/cv.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
  }

  @Test
  void autoTakesTheIndexOfAKubernetesIndexedJob() {
    Path manifest = dir.resolve("none.yaml");
    Cli missing = Cli.run("build", manifest.toString(), "--shard", "auto/4");
    assertEquals(2, missing.code(), missing.both());
    assertTrue(missing.err().contains("--shard auto/4 needs JOB_COMPLETION_INDEX"), missing.err());
  }

  @Test
  void parsesPartsAndRefusesWhatIsNotOne() throws Exception {
    assertEquals(new Shard(3, 4), Shard.parse("auto/4", Map.of("JOB_COMPLETION_INDEX", "2")));
    assertEquals(new Shard(1, 2), Shard.parse("1/2", Map.of()));
    for (String bad : List.of("0/4", "5/4", "4", "a/b", "1/0")) {
      Shard.Invalid e = org.junit.jupiter.api.Assertions.assertThrows(Shard.Invalid.class,
          () -> Shard.parse(bad, Map.of()));
      assertTrue(e.hint.contains("--shard I/N"), e.hint);
    }
    Shard.Invalid past = org.junit.jupiter.api.Assertions.assertThrows(Shard.Invalid.class,
        () -> Shard.parse("auto/4", Map.of("JOB_COMPLETION_INDEX", "4")));
    assertTrue(past.getMessage().contains("0 to N-1"), past.getMessage());
  }
}
