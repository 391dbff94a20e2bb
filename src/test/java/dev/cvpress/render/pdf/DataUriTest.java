package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataUriTest {
  @Test
  void decodesBase64AndPercentEscapedContent() {
    assertArrayEquals("hi!".getBytes(StandardCharsets.UTF_8), DataUri.decode("data:text/plain;base64,aGkh"));
    assertArrayEquals("hi!".getBytes(StandardCharsets.UTF_8), DataUri.decode("DATA:;BASE64,aG\nkh"));
    assertArrayEquals(new byte[] {'A'}, DataUri.decode("data:,A"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'x'}, DataUri.decode("data:,%89x"));
  }

  @Test
  void malformedUrisSayWhatIsWrong() {
    assertEquals("a data: URI needs a comma before its content",
        assertThrows(IllegalArgumentException.class, () -> DataUri.decode("data:image/png")).getMessage());
    String base64 = assertThrows(IllegalArgumentException.class,
        () -> DataUri.decode("data:image/png;base64,AAAx=")).getMessage();
    assertEquals(true, base64.startsWith("the base64 content of the data: URI is broken"), base64);
    assertEquals(true, assertThrows(IllegalArgumentException.class, () -> DataUri.decode("data:,50%"))
        .getMessage().contains("broken %-escape"));
  }
}
