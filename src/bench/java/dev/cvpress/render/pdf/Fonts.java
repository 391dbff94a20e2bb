package dev.cvpress.render.pdf;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Font loading: what a process pays once per face (reading, parsing; making it lean is done at build time), and
 * what each document pays
 * per face it draws with (embedding the shared parse as a new PDF font).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
public class Fonts {
  @Param({"LiberationSans-Regular.ttf", "fa-solid-900.ttf"})
  public String face;

  /** The face as published, before the build made it lean. */
  private byte[] original;

  @org.openjdk.jmh.annotations.Setup
  public void readOriginal() throws IOException {
    original = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("target/fonts", face));
  }

  /** What the build does once per face (it used to be done at every start). */
  @Benchmark
  public byte[] lean() {
    return LeanFont.of(original);
  }

  /** Reading the lean face from the jar. */
  @Benchmark
  public byte[] read() {
    return FontLibrary.bytes(face);
  }

  @Benchmark
  public TrueTypeFont parseOncePerProcess() throws IOException {
    return FontLibrary.parse(face, false);
  }

  @Benchmark
  public int embedPerDocument() throws IOException {
    TrueTypeFont shared = FontLibrary.face(face);
    try (PDDocument doc = new PDDocument()) {
      return PDType0Font.load(doc, shared, true).getCOSObject().size();
    }
  }
}
