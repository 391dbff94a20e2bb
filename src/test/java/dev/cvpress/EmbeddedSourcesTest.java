package dev.cvpress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cvpress.files.InputNames;
import dev.cvpress.render.pdf.EmbeddedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every PDF carries the résumé's source, its Markdown and its JSON Resume: each as {@code cvpress convert} writes
 * it, the JSON Resume valid against the official schema though the render never asks the schema.
 */
class EmbeddedSourcesTest {
  private static final com.networknt.schema.Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_7)
      .getSchema(EmbeddedSourcesTest.class.getResourceAsStream("/jsonresume/schema.json"));

  private static List<EmbeddedFile> carried(Path file, Options options) throws Exception {
    return Cvpress.embeddedFiles(Cvpress.render(file, options).pdf());
  }

  private static void assertValidJsonResume(byte[] json) throws Exception {
    assertEquals(List.of(), SCHEMA.validate(new ObjectMapper().readTree(json)).stream().map(Object::toString)
        .toList());
  }

  @Test
  void aMarkdownResumeCarriesItsMarkdownAndItsJsonResume() throws Exception {
    Path md = Path.of("examples/jane-doe.md");
    List<EmbeddedFile> files = carried(md, Options.builder().build());
    assertEquals(List.of("jane-doe.json", "jane-doe.md"), files.stream().map(EmbeddedFile::name).toList());
    assertArrayEquals(Files.readAllBytes(md), files.get(1).bytes());
    assertArrayEquals(Cvpress.convert(Cvpress.Input.read(md), InputNames.Format.JSON_RESUME).bytes(),
        files.get(0).bytes());
    assertEquals(EmbeddedFile.JSON, files.get(0).mimeType());
    assertValidJsonResume(files.get(0).bytes());
    assertEquals(List.of(), carried(md, Options.builder().embedSource(false).build()));
  }

  @Test
  void otherSourcesCarryThemselvesAndTheOtherForms() throws Exception {
    Path yaml = Path.of("src/test/resources/rendercv/John_Doe_ClassicTheme_CV.yaml");
    List<EmbeddedFile> files = carried(yaml, Options.builder().build());
    assertEquals(List.of("John_Doe_ClassicTheme_CV.json", "John_Doe_ClassicTheme_CV.md",
        "John_Doe_ClassicTheme_CV.yaml"), files.stream().map(EmbeddedFile::name).toList());
    assertArrayEquals(Files.readAllBytes(yaml), files.get(2).bytes());
    assertArrayEquals(Files.readAllBytes(Path.of("src/test/resources/rendercv/John_Doe_ClassicTheme_CV.md")),
        files.get(1).bytes());
    assertValidJsonResume(files.get(0).bytes());

    Path json = Path.of("src/test/resources/jsonresume/sample.resume.json");
    files = carried(json, Options.builder().build());
    assertEquals(List.of("sample.resume.json", "sample.resume.md"), files.stream().map(EmbeddedFile::name).toList());
    assertArrayEquals(Files.readAllBytes(json), files.get(0).bytes());
    assertArrayEquals(Cvpress.convert(Cvpress.Input.read(json), InputNames.Format.MARKDOWN).bytes(),
        files.get(1).bytes());
  }
}
