package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled families: found by name, and every face they declare is in the jar. */
class BundledFamilyTest {
  @Test
  void aFamilyIsFoundByItsNameInAnyCase() {
    assertEquals(Optional.of(BundledFamily.DEJAVU_SERIF), BundledFamily.named(" dejavu SERIF "));
    assertEquals(Optional.empty(), BundledFamily.named("DejaVu"));
    assertEquals(Optional.empty(), BundledFamily.named("Arial"));
  }

  @Test
  void namesAreUniqueAndInDeclarationOrder() {
    assertEquals(BundledFamily.values().length, BundledFamily.names().stream().distinct().count());
    assertEquals(List.of("Source Sans 3", "Source Serif 4"), BundledFamily.names().subList(0, 2));
  }

  @Test
  void theSourceFamiliesHaveRegularSemiboldAndBoldEachUprightAndItalic() {
    for (BundledFamily family : List.of(BundledFamily.SOURCE_SANS_3, BundledFamily.SOURCE_SERIF_4)) {
      List<String> faces = family.faces().stream().map(f -> f.weight() + (f.italic() ? " italic" : "")).toList();
      assertEquals(List.of("400", "400 italic", "600", "600 italic", "700", "700 italic"), faces, family.cssName());
    }
    assertEquals(Optional.of(BundledFamily.SOURCE_SERIF_4), BundledFamily.named("source serif 4"));
  }

  @Test
  void everyFamilyHasARegularAndABoldFace() {
    for (BundledFamily family : BundledFamily.values()) {
      assertTrue(family.faces().stream().anyMatch(f -> f.weight() == 400 && !f.italic()), family.cssName());
      assertTrue(family.faces().stream().anyMatch(f -> f.weight() == 700 && !f.italic()), family.cssName());
    }
  }

  @Test
  void everyFaceIsATrueTypeFileInTheJar() throws IOException {
    for (BundledFamily family : BundledFamily.values()) {
      for (BundledFamily.Face face : family.faces()) {
        try (InputStream in = BundledFamily.class.getResourceAsStream("/fonts/" + face.file())) {
          assertTrue(in != null, family.cssName() + ": no /fonts/" + face.file());
          byte[] magic = in.readNBytes(4);
          assertEquals(0x00010000, (magic[0] & 0xff) << 24 | (magic[1] & 0xff) << 16 | (magic[2] & 0xff) << 8
              | (magic[3] & 0xff), face.file() + " is not TrueType");
        }
      }
    }
  }
}
