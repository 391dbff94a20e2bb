package dev.cvpress;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.model.Resume;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.render.html.HtmlRenderer;
import dev.cvpress.render.pdf.CreationDate;
import dev.cvpress.render.pdf.PdfRenderer;
import dev.cvpress.output.Rendered;
import dev.cvpress.style.Style;
import dev.cvpress.style.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm per-stage costs of rendering the reference résumé ({@code examples/about-me.md}) in one process, each stage
 * on the output of the one before, as {@link Cvpress#render} chains them: parse (Markdown and front matter to the
 * model), html (model to XHTML and CSS), layout (XHTML to laid-out pages, fonts included), write (pages to PDF
 * bytes), and the whole render. Font parsing and embedding are in {@code render.pdf.Fonts}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
public class Stages {
  private Path input;
  private byte[] markdown;
  private Resume resume;
  private String html;
  private PdfRenderer.Options pdfOptions;
  private Path baseDir;
  private HtmlRenderer.Options htmlOptions;

  @Setup
  public void setUp() throws IOException, CvpressException {
    input = Path.of(System.getProperty("cvpress.bench.input", "examples/about-me.md")).toAbsolutePath();
    markdown = Files.readAllBytes(input);
    baseDir = input.getParent();
    resume = ResumeParser.parse(input.toString(), markdown, Map.of(), Style.KEYS).resume();
    Style style = Style.read(resume.meta(), baseDir);
    Theme theme = Theme.builtIn(style.theme() != null ? style.theme() : Theme.DEFAULT);
    htmlOptions = new HtmlRenderer.Options(style.themeCss(theme) + style.css(theme), style.originalDates(),
        style.icons(), theme.layout().equals("sidebar"));
    html = HtmlRenderer.render(resume, htmlOptions);
    pdfOptions = new PdfRenderer.Options(baseDir, false, CreationDate.FIXED_EPOCH, "cvpress bench", null, Style.USER_FONT)
        .withOutline(HtmlRenderer.outline(resume)).withPageFooter(true);
  }

  @Benchmark
  public Object parse() throws CvpressException {
    return ResumeParser.parse(input.toString(), markdown, Map.of(), Style.KEYS);
  }

  @Benchmark
  public String html() {
    return HtmlRenderer.render(resume, htmlOptions);
  }

  @Benchmark
  public int layout() throws IOException {
    try (PdfRenderer.Laid laid = PdfRenderer.layout(html, baseDir.toUri(), pdfOptions)) {
      return laid.pages();
    }
  }

  @Benchmark
  public byte[] layoutAndWrite() throws IOException {
    try (PdfRenderer.Laid laid = PdfRenderer.layout(html, baseDir.toUri(), pdfOptions)) {
      return laid.write().pdf();
    }
  }

  @Benchmark
  public Rendered render() throws CvpressException {
    return Cvpress.render(input, Options.defaults());
  }

  /** Writing alone: each invocation gets a document laid out beforehand, outside the measurement. */
  @State(Scope.Thread)
  public static class LaidOut {
    PdfRenderer.Laid laid;

    @Setup(Level.Invocation)
    public void layOut(Stages stages) throws IOException {
      laid = PdfRenderer.layout(stages.html, stages.baseDir.toUri(), stages.pdfOptions);
    }

    @TearDown(Level.Invocation)
    public void close() {
      laid.close();
    }
  }

  @Benchmark
  public byte[] write(LaidOut doc) throws IOException {
    return doc.laid.write().pdf();
  }
}
