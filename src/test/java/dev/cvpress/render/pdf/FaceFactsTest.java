package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaceFactsTest {
  @Test
  void readsTheFactsOfEveryBundledFace() {
    Map<String, FaceFacts> bundled = FaceFacts.bundled();
    assertEquals(Set.copyOf(FontLibrary.files()), bundled.keySet());
    for (Map.Entry<String, FaceFacts> e : bundled.entrySet()) {
      assertTrue(e.getValue().metrics()._ascent > 0, e.getKey() + " has an ascent");
    }
  }

  @Test
  void knowsWhichCharactersTheSubstitutionsTouch() {
    Map<String, FaceFacts> bundled = FaceFacts.bundled();
    // DejaVu's f-ligatures, Liberation's joined tone letters; the icon faces substitute nothing.
    assertTrue(bundled.get("DejaVuSans.ttf").gsubChars().containsAll(Set.of((int) 'f', (int) 'i')));
    assertTrue(bundled.get("LiberationSans-Regular.ttf").gsubChars().contains(0x02E5));
    assertTrue(bundled.get("fa-solid-900.ttf").gsubChars().isEmpty());
  }
}
