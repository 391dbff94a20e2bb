package dev.cvpress.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A .docx is a zip file, and a zip entry carries the moment it was written: rewritten here with one fixed moment
 * and nothing else that changes from run to run, so that the same résumé gives the same bytes.
 */
final class ZipTimes {
  private ZipTimes() {}

  /** The earliest time a zip entry can hold, in no time zone: the same wherever cvpress runs. */
  static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

  static byte[] fixed(byte[] zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(9);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
