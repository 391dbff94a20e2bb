package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContainersTest {
  private static String read(String markdown) {
    StringBuilder text = new StringBuilder(markdown);
    Containers.read(text);
    assertEquals(markdown.length(), text.length(), "every line keeps its length");
    return text.toString();
  }

  @Test
  void markersGoAndATitleStaysAsABoldLineOfItsOwn() {
    assertEquals("**Contact**    \nWrite to me.\n   \n", read("::: tip Contact\nWrite to me.\n:::\n"));
  }

  @Test
  void aKindWithoutTitleAndNestedMarkersAreBlanked() {
    String blanked = " ".repeat(10) + "\n" + " ".repeat(4) + "\n" + " ".repeat(8) + "\nBusy.\n" + " ".repeat(6)
        + "\n   ";
    assertEquals(blanked, read(":::warning\n::::\n:::: tip\nBusy.\n  ::::\n:::"));
  }

  @Test
  void aTitleThatCannotBeBoldInPlaceIsDropped() {
    assertEquals("       \nText.", read(":::a bc\nText."));
  }

  @Test
  void markersInFencedCodeOrIndentedAsCodeOrWithAttributesStay() {
    String markdown = "```\n::: kept\n```\n    ::: tip\n::: {#id}\n:::: \"quoted\"\n";
    assertEquals(markdown, read(markdown));
  }
}
