package dev.cvpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The jar users run holds none of the code the build runs to make it: src/build/java, compiled into
 * target/build-classes. (The jar's own code cannot use it: src/main is compiled without it.)
 */
class RuntimeJarIT {
  @Test
  void holdsNoBuildTimeClass() throws IOException {
    Path buildClasses = Path.of("target/build-classes");
    List<String> names;
    try (Stream<Path> all = Files.walk(buildClasses)) {
      names = all.filter(p -> p.toString().endsWith(".class"))
          .map(p -> buildClasses.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertTrue(names.contains("dev/cvpress/render/pdf/FontBuild.class"), "the build-time classes: " + names);
    try (ZipFile jar = new ZipFile("target/cvpress.jar")) {
      assertNotNull(jar.getEntry("dev/cvpress/render/pdf/FaceFacts.class"), "the jar holds the runtime classes");
      assertEquals(List.of(), names.stream().filter(n -> jar.getEntry(n) != null).toList(),
          "build-time classes in the jar");
    }
  }
}
