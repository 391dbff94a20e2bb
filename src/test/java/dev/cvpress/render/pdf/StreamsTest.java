package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsTest {
  @TempDir Path dir;

  @Test
  void readsEachFileOncePerDocumentHoweverOftenTheEngineAsks() throws IOException {
    Path image = Files.write(dir.resolve("photo.png"), new byte[] {1, 2, 3, 4});
    String uri = image.toUri().toString();
    List<String> problems = new ArrayList<>();
    FSStreamFactory document = new Streams(dir, false).factory((u, why) -> problems.add(why));
    byte[] first = read(document, uri);
    Files.delete(image); // a second read from the disk would fail from here on
    assertArrayEquals(first, read(document, uri));
    assertArrayEquals(first, read(document, uri));
    assertEquals(List.of(), problems);

    FSStreamFactory next = new Streams(dir, false).factory((u, why) -> problems.add(why));
    assertNull(next.getUrl(uri).getStream(), "the next document reads the file anew, and finds it gone");
  }

  private static byte[] read(FSStreamFactory streams, String uri) throws IOException {
    try (InputStream in = streams.getUrl(uri).getStream()) {
      return in.readAllBytes();
    }
  }
}
