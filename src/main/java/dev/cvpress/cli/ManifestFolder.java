package dev.cvpress.cli;

import dev.cvpress.files.InputFile;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder of a manifest, which every path in it must stay inside: a manifest arrives in a pull request as
 * easily as a résumé does, so it may neither read a file outside its folder nor write one there. Checked on the
 * real path, symbolic links followed, before anything is opened.
 */
final class ManifestFolder {
  private static final String HINT = "paths in a manifest are relative to its folder and stay inside it, symbolic"
      + " links included; move the file into the folder";

  private final Path real;

  ManifestFolder(Path manifest) throws CvpressException {
    try {
      this.real = manifest.toAbsolutePath().getParent().toRealPath();
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.file(manifest.toString()),
          "cannot read the manifest's folder: " + e.getMessage(), null));
    }
  }

  /**
   * A file the manifest reads, as its real path; a missing one passes (its render reports it), anything but a
   * regular file does not.
   *
   * @param key the manifest key that names it, for the message
   */
  Path input(Path shown, String value, String key, SourcePos pos) throws CvpressException {
    Path where;
    try {
      where = shown.toRealPath();
    } catch (IOException e) {
      where = OutputPlan.resolved(shown);
      if (Files.exists(shown, LinkOption.NOFOLLOW_LINKS)) {
        // A link that leads nowhere, or somewhere unreadable: it is still judged by where it leads.
        where = readLink(shown, where);
      }
    }
    if (!where.startsWith(real)) {
      throw new CvpressException(Diagnostic.error(Code.OUTSIDE_FOLDER, pos, "`" + key + ": " + value
          + "` leads out of the manifest's folder, to " + where, HINT));
    }
    try {
      InputFile.refuseSpecial(where, key.equals("input") ? "Markdown file" : "style sheet");
    } catch (CvpressException e) {
      Diagnostic d = e.diagnostics().get(0);
      throw new CvpressException(Diagnostic.error(d.code(), pos, "`" + key + ": " + value + "` " + d.message(),
          d.hint()));
    }
    return where;
  }

  /** An output's path without extension; its folder, once symbolic links are followed, must be inside. */
  void output(Path base, String shown, SourcePos pos) throws CvpressException {
    Path where = OutputPlan.resolved(base);
    if (!where.startsWith(real)) {
      throw new CvpressException(Diagnostic.error(Code.OUTSIDE_FOLDER, pos,
          "`output: " + shown + "` leads out of the manifest's folder,"
          + " to " + where.getParent(), "outputs stay inside the manifest's folder, symbolic links included;"
          + " write the output there and copy it"));
    }
  }

  private static Path readLink(Path link, Path fallback) {
    try {
      Path target = Files.readSymbolicLink(link);
      return OutputPlan.resolved(link.toAbsolutePath().resolveSibling(target));
    } catch (IOException | UnsupportedOperationException e) {
      return fallback;
    }
  }
}
