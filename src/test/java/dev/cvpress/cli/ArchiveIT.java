package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked into a folder nobody may write, run with a fresh HOME from
 * another folder; and installed by its install.sh into a prefix, with cvpress on PATH and its man pages and
 * completion in place. As root, which ignores permissions, everything runs as the user nobody.
 */
class ArchiveIT {
  @TempDir Path dir;
  private Path home;
  private Path work;
  private Path unpacked;

  private static Path archive(String extension) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("cvpress-.*\\." + extension.replace(".", "\\.")))
          .findFirst().orElseThrow(() -> new AssertionError("mvn package writes target/cvpress-VERSION." + extension));
    }
  }

  @BeforeEach
  void unpack() throws Exception {
    home = Files.createDirectories(dir.resolve("home"));
    work = Files.createDirectories(dir.resolve("work"));
    Files.copy(Path.of("src/test/resources/corpus/tiny.md"), work.resolve("resume.md"));
    Path ro = Files.createDirectories(dir.resolve("ro"));
    Process tar = new ProcessBuilder("tar", "-xzf", archive("tar.gz").toAbsolutePath().toString(), "-C",
        ro.toString()).inheritIO().start();
    assertTrue(tar.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, tar.exitValue());
    try (Stream<Path> top = Files.list(ro)) {
      unpacked = top.findFirst().orElseThrow();
    }
    // The test's own folders are open to the user the launcher runs as; the unpacked archive is read-only.
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        boolean inArchive = p.startsWith(ro);
        if (Files.isDirectory(p)) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(inArchive ? "r-xr-xr-x" : "rwxrwxrwx"));
        } else if (!inArchive) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw-rw-"));
        }
      }
    }
  }

  private static boolean root() throws Exception {
    Process p = new ProcessBuilder("id", "-u").start();
    String uid = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor();
    return uid.equals("0");
  }

  private record Run(int exit, String stdout, String stderr) {}

  /** Runs {@code command} in the work folder with a fresh HOME, as nobody when this is root. */
  private Run run(Map<String, String> env, String... command) throws Exception {
    List<String> line = new ArrayList<>();
    if (root()) line.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    line.addAll(List.of(command));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder pb = new ProcessBuilder(line).directory(work.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().put("HOME", home.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private void assertPdf(Path pdf) throws IOException {
    assertTrue(Files.size(pdf) > 1000, "a PDF was written");
    assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII));
  }

  @Test
  void theArchiveRunsFromAReadOnlyFolder() throws Exception {
    String launcher = unpacked.resolve("bin/cvpress").toString();
    Run render = run(Map.of(), launcher, "resume.md");
    assertEquals(0, render.exit(), render.stderr());
    assertEquals("", render.stderr(), "nothing said");
    assertTrue(render.stdout().startsWith("resume.md -> resume.pdf (1 page"), render.stdout());
    assertPdf(work.resolve("resume.pdf"));
    assertFalse(Files.exists(unpacked.resolve("lib/startup")), "nothing written into the install");

    Run version = run(Map.of(), launcher, "--version");
    assertEquals(0, version.exit(), version.stderr());
    assertTrue(version.stdout().matches("cvpress \\d+\\.\\d+\\.\\d+.*\\n"), version.stdout());
    assertTrue(unpacked.getFileName().toString().equals(version.stdout().strip().replace(' ', '-')),
        "the folder is named for the version: " + unpacked);

    // Through a pipe, from a link to the launcher elsewhere.
    Path link = Files.createSymbolicLink(work.resolve("cvpress"), unpacked.resolve("bin/cvpress"));
    Run piped = run(Map.of(), "sh", "-c", link + " - -o - < resume.md > piped.pdf");
    assertEquals(0, piped.exit(), piped.stderr());
    assertPdf(work.resolve("piped.pdf"));
  }

  @Test
  void theArchiveHoldsWhatItShould() throws Exception {
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> all = Files.walk(unpacked)) {
      all.filter(Files::isRegularFile).forEach(p -> names.add(unpacked.relativize(p).toString()));
    }
    for (String expected : List.of("bin/cvpress", "bin/cvpress.cmd", "lib/cvpress.jar", "install.sh", "LICENSE",
        "README.md", "share/man/man1/cvpress.1", "share/man/man1/cvpress-render.1",
        "share/bash-completion/completions/cvpress", "share/zsh/site-functions/_cvpress",
        "share/fish/vendor_completions.d/cvpress.fish", "licenses/fonts/README.md",
        "licenses/fonts/source-sans-3/SourceSans3-OFL.txt", "licenses/fonts/source-serif-4/SourceSerif4-OFL.txt",
        "licenses/fonts/liberation/LICENSE", "licenses/fonts/dejavu/LICENSE",
        "licenses/fonts/font-awesome/LICENSE.txt", "schemas/front-matter.schema.json",
        "schemas/manifest.schema.json")) {
      assertTrue(names.contains(expected), expected + " in " + names);
    }
    assertTrue(Files.isExecutable(unpacked.resolve("bin/cvpress")));
    assertTrue(Files.isExecutable(unpacked.resolve("install.sh")));
    assertTrue(Files.readString(unpacked.resolve("bin/cvpress.cmd")).contains("\r\n"), "Windows line ends");
    // The zip holds the same files as the tarball.
    TreeSet<String> zipped = new TreeSet<>();
    String top = unpacked.getFileName() + "/";
    try (ZipFile zip = new ZipFile(archive("zip").toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName().substring(top.length())));
    }
    assertEquals(names, zipped);
  }

  @Test
  void installShPutsCvpressOnThePrefix() throws Exception {
    Path prefix = dir.resolve("prefix");
    Run install = run(Map.of("PATH", prefix.resolve("bin") + ":" + System.getenv("PATH")), "sh",
        unpacked.resolve("install.sh").toString(), "--prefix", prefix.toString());
    assertEquals(0, install.exit(), install.stderr());
    assertTrue(install.stdout().startsWith("cvpress installed: " + prefix.resolve("bin/cvpress")), install.stdout());
    for (String file : List.of("bin/cvpress", "share/cvpress/lib/cvpress.jar", "share/man/man1/cvpress.1",
        "share/man/man1/cvpress-render.1", "share/bash-completion/completions/cvpress",
        "share/zsh/site-functions/_cvpress", "share/fish/vendor_completions.d/cvpress.fish")) {
      assertTrue(Files.exists(prefix.resolve(file)), file);
    }
    Run render = run(Map.of("PATH", prefix.resolve("bin") + ":" + System.getenv("PATH"), "CVPRESS_ARCHIVE", "off"),
        "cvpress", "-q", "resume.md", "-o", "installed.pdf");
    assertEquals(0, render.exit(), render.stderr());
    assertPdf(work.resolve("installed.pdf"));
    Run man = run(Map.of("MANPATH", prefix.resolve("share/man").toString()), "man", "-P", "cat", "cvpress-render");
    if (man.exit() == 0) assertTrue(man.stdout().contains("OPTIONS"), man.stdout());

    Run again = run(Map.of(), "sh", unpacked.resolve("install.sh").toString(), "--prefix", prefix.toString());
    assertEquals(0, again.exit(), "installing again replaces the copy: " + again.stderr());

    Run uninstall = run(Map.of(), "sh", unpacked.resolve("install.sh").toString(), "--prefix", prefix.toString(),
        "--uninstall");
    assertEquals(0, uninstall.exit(), uninstall.stderr());
    assertFalse(Files.exists(prefix.resolve("bin/cvpress"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(prefix.resolve("share/cvpress")));
    assertFalse(Files.exists(prefix.resolve("share/man/man1/cvpress.1")));
  }

  @Test
  void installShDefaultsToDotLocal() throws Exception {
    Run install = run(Map.of(), "sh", unpacked.resolve("install.sh").toString());
    assertEquals(0, install.exit(), install.stderr());
    assertTrue(install.stdout().contains("add " + home.resolve(".local/bin") + " to your PATH"), install.stdout());
    Run version = run(Map.of(), home.resolve(".local/bin/cvpress").toString(), "-V");
    assertEquals(0, version.exit(), version.stderr());
    assertTrue(version.stdout().startsWith("cvpress "), version.stdout());
  }
}
