package dev.cvpress.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts packed into cvpress at build time (Liberation, DejaVu, Font Awesome), registered with every render so
 * that no text ever falls back to a machine font or to an unembedded PDF base font.
 */
final class FontLibrary {
  private FontLibrary() {}

  /** A bundled face: resource file, the CSS family it answers to, weight and style. */
  private record Face(String file, String family, int weight, FontStyle style) {}

  private static final List<Face> FACES = List.of(
      new Face("LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
      new Face("LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
      new Face("LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC),
      new Face("LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC),
      new Face("LiberationSerif-Regular.ttf", "Liberation Serif", 400, FontStyle.NORMAL),
      new Face("LiberationSerif-Bold.ttf", "Liberation Serif", 700, FontStyle.NORMAL),
      new Face("LiberationSerif-Italic.ttf", "Liberation Serif", 400, FontStyle.ITALIC),
      new Face("LiberationSerif-BoldItalic.ttf", "Liberation Serif", 700, FontStyle.ITALIC),
      new Face("LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL),
      new Face("LiberationMono-Bold.ttf", "Liberation Mono", 700, FontStyle.NORMAL),
      new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
      new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
      new Face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
      new Face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
      new Face("fa-solid-900.ttf", "Font Awesome Solid", 400, FontStyle.NORMAL),
      new Face("fa-brands-400.ttf", "Font Awesome Brands", 400, FontStyle.NORMAL));

  /**
   * CSS generic families, mapped to bundled ones so that a style sheet saying "sans-serif" still embeds a font.
   * The engine looks generics up by these normalised names (serif, sans-serif, monospace).
   */
  private static final Map<String, String> GENERIC = Map.of(
      "Serif", "Liberation Serif", "SansSerif", "Liberation Sans", "Monospaced", "Liberation Mono");

  /** The bundled family names a user may choose with {@code style.font}. */
  static final List<String> FAMILIES = List.of("Liberation Sans", "Liberation Serif", "Liberation Mono",
      "DejaVu Sans", "DejaVu Serif");

  private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

  static void register(PdfRendererBuilder builder) {
    for (Face f : FACES) {
      builder.useFont(() -> stream(f.file()), f.family(), f.weight(), f.style(), true);
      GENERIC.forEach((generic, family) -> {
        if (family.equals(f.family())) builder.useFont(() -> stream(f.file()), generic, f.weight(), f.style(), true);
      });
    }
    // Last resort before the unembedded PDF base fonts: DejaVu has the widest coverage of the bundled faces.
    builder.useFont(() -> stream("DejaVuSans.ttf"), "DejaVu Sans Fallback", 400, FontStyle.NORMAL, true,
        EnumSet.of(FSFontUseCase.FALLBACK_PRE));
    builder.useFont(() -> stream("DejaVuSans-Bold.ttf"), "DejaVu Sans Fallback", 700, FontStyle.NORMAL, true,
        EnumSet.of(FSFontUseCase.FALLBACK_PRE));
  }

  /**
   * Machine fonts for characters the bundled ones lack, tried after the style sheet's families; each with its
   * bold sibling when there is one.
   */
  static void registerFallbacks(PdfRendererBuilder builder, List<SystemFonts.Face> faces) {
    for (int i = 0; i < faces.size(); i++) {
      SystemFonts.Face face = faces.get(i);
      String family = "cvpress fallback " + (i + 1);
      builder.useFont(face.file().toFile(), family, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
      SystemFonts.Face bold = SystemFonts.bold(face);
      if (bold != null) {
        builder.useFont(bold.file().toFile(), family, 700, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
      }
    }
  }

  /** The bundled font files, for working out which characters they cover. */
  static List<String> files() {
    return FACES.stream().map(Face::file).distinct().toList();
  }

  /** The bytes of a bundled font file, read from the jar once per process. */
  static byte[] bytes(String file) {
    return BYTES.computeIfAbsent(file, f -> {
      try (InputStream in = FontLibrary.class.getResourceAsStream("/fonts/" + f)) {
        if (in == null) throw new IllegalStateException("bundled font missing from the jar: " + f);
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static InputStream stream(String file) {
    return new ByteArrayInputStream(bytes(file));
  }
}
