package dev.cvpress.formats.linkedin;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The CSV files of a LinkedIn export, read from the zip in memory. Only the files a résumé needs are inflated,
 * each up to a limit, so that a zip bomb stops at the limit; nothing is written to disk, so no name in the zip
 * can lead anywhere (a name is matched by its last part only: {@code Basic_LinkedInDataExport/Profile.csv} is
 * {@code Profile.csv}).
 */
final class ExportZip {
  /** Uncompressed size of one CSV; a real Positions.csv is a few kilobytes. */
  static final int MAX_CSV_BYTES = 5 * 1024 * 1024;
  /** Entries looked at before giving up: a complete export has a few hundred. */
  static final int MAX_ENTRIES = 20_000;

  private ExportZip() {}

  /** The wanted files found, by their names as wanted, as text. */
  static Map<String, String> read(String file, byte[] zip, Set<String> wanted) throws CvpressException {
    Map<String, String> byLowerName = new LinkedHashMap<>();
    for (String w : wanted) byLowerName.put(w.toLowerCase(Locale.ROOT), w);
    Map<String, String> out = new LinkedHashMap<>();
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw error(file, "the zip has more than " + MAX_ENTRIES + " files; a LinkedIn export has a few hundred",
              "pass the zip LinkedIn sent, as it came");
        }
        if (e.isDirectory()) continue;
        String name = e.getName().replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String as = byLowerName.get(base);
        if (as == null || out.containsKey(as)) continue;
        out.put(as, text(inflate(file, in, as)));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw error(file, "cannot read the zip: " + e.getMessage(),
          "download the export from LinkedIn again (Settings → Data privacy → Get a copy of your data)");
    }
    if (entries == 0) {
      throw error(file, "not a zip file, or an empty one",
          "pass the zip LinkedIn sent (Basic_LinkedInDataExport_….zip), not a folder or a single CSV");
    }
    return out;
  }

  private static byte[] inflate(String file, InputStream in, String name) throws IOException, CvpressException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > MAX_CSV_BYTES) {
        throw error(file + "/" + name, "larger than " + MAX_CSV_BYTES / (1024 * 1024)
            + " MB unpacked, far more than a LinkedIn profile holds; not read", "pass the zip LinkedIn sent");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String text(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static CvpressException error(String file, String message, String hint) {
    return new CvpressException(Diagnostic.error(Code.LINKEDIN_EXPORT_INVALID, SourcePos.file(file), message, hint));
  }
}
