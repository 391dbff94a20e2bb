package dev.cvpress;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.files.InputNames;
import dev.cvpress.formats.jsonresume.JsonResumes;
import dev.cvpress.model.Resume;
import dev.cvpress.render.pdf.EmbeddedFile;
import dev.cvpress.transform.Languages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files a PDF carries so that it can be edited again: a résumé's source as read and its other forms (its
 * Markdown, its JSON Resume) written from it; a cover letter's Markdown.
 */
final class CarriedFiles {
  private CarriedFiles() {}

  /**
   * The files the PDF carries: the source now, and the résumé's other forms written on another thread while the
   * pages are laid out (writing a JSON Resume is a conversion of its own; done in line it would add to every
   * render's time).
   */
  static List<EmbeddedFile> of(Cvpress.Input input, Resume asWritten) {
    return EmbeddedFile.later(source(input),
        java.util.concurrent.CompletableFuture.supplyAsync(() -> derived(input, asWritten)));
  }

  /**
   * The files the PDF carries so that it can be edited again: the résumé's source exactly as read (a LinkedIn
   * export, which holds messages and connections too, stays out; see {@link #derived} for the rest); nothing it
   * refers to (images, style sheets).
   */
  static List<EmbeddedFile> source(Cvpress.Input input) {
    Path name = input.file().getFileName();
    String stem = stem(input);
    return switch (Sources.format(input)) {
      case JSON_RESUME -> List.of(new EmbeddedFile(name(stem, "resume", name, ".json"), EmbeddedFile.JSON,
          input.bytes(), "The résumé's source, a JSON Resume"));
      case RENDERCV -> List.of(new EmbeddedFile(name(stem, "cv", name, ".yaml"), "application/yaml",
          input.bytes(), "The résumé's source, a RenderCV file"));
      case MARKDOWN -> List.of(new EmbeddedFile(name(stem, "resume", name, ".md"), EmbeddedFile.MARKDOWN,
          input.bytes(), "The résumé's Markdown source"));
      default -> List.of();
    };
  }

  /** The file a cover letter's PDF carries: its Markdown source as read. */
  static List<EmbeddedFile> letter(Cvpress.Input input) {
    Path name = input.file().getFileName();
    return List.of(new EmbeddedFile(name == null ? "letter.md" : name.toString(), EmbeddedFile.MARKDOWN,
        input.bytes(), "The cover letter's Markdown source"));
  }

  /**
   * The other forms of the résumé the PDF carries beside its source: its Markdown and its JSON Resume where the
   * source is neither. A form that cannot be written is left out: the PDF still renders.
   *
   * @param asWritten the résumé read from {@code input} without options, when the caller has it; null to read it
   */
  static List<EmbeddedFile> derived(Cvpress.Input input, Resume asWritten) {
    InputNames.Format from = Sources.format(input);
    String stem = stem(input);
    String base = stem != null ? stem : from == InputNames.Format.LINKEDIN ? "linkedin"
        : from == InputNames.Format.RENDERCV ? "cv" : "resume";
    List<EmbeddedFile> out = new ArrayList<>();
    if (from != InputNames.Format.MARKDOWN) {
      try {
        out.add(new EmbeddedFile(base + ".md", EmbeddedFile.MARKDOWN,
            Sources.convert(input, InputNames.Format.MARKDOWN, null).bytes(), "The résumé's Markdown, written from its "
                + from.label()));
      } catch (CvpressException e) {
        // Nothing to add: the résumé rendered, so this cannot fail but in a way the render already said.
      }
    }
    if (from != InputNames.Format.JSON_RESUME) {
      try {
        out.add(new EmbeddedFile(base + ".json", EmbeddedFile.JSON, jsonResume(input, asWritten),
            "The résumé as a JSON Resume (jsonresume.org)"));
      } catch (CvpressException e) {
        // As above: the PDF carries the source it was rendered from.
      }
    }
    return out;
  }

  /** The input's name without its extension; null for standard input, which travels under a file's name. */
  private static String stem(Cvpress.Input input) {
    Path name = input.file().getFileName();
    return name == null || name.toString().startsWith("<") ? null : InputNames.stem(name.toString());
  }

  private static String name(String stem, String otherwise, Path name, String extension) {
    return stem == null ? otherwise + extension : name.toString();
  }

  /** The résumé as {@code cvpress convert} writes it as a JSON Resume, without asking the schema (see there). */
  private static byte[] jsonResume(Cvpress.Input input, Resume asWritten) throws CvpressException {
    String file = input.file().toString();
    boolean markdown = Sources.format(input) == InputNames.Format.MARKDOWN;
    Resume resume = asWritten != null ? asWritten : Sources.parse(input, Map.of()).resume();
    String text = markdown ? new String(input.bytes(), StandardCharsets.UTF_8) : null;
    JsonResumes.MarkdownReader reader = Sources.reader(file);
    return JsonResumes.toJsonUnchecked(Languages.select(resume, null), file, text, reader)
        .getBytes(StandardCharsets.UTF_8);
  }
}
