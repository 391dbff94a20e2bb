package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.Rendered;
import dev.cvpress.transform.Redaction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A redacted PDF searched for the person: every place a trace can hide, and nothing found in a true copy. */
class RedactionRulesTest {
  private static final Path CV = Path.of("examples/jane-doe.md");

  @Test
  void aPdfThatWasNotRedactedIsCaughtInItsTextMetadataLinksAndAttachments() throws Exception {
    Rendered named = Cvpress.render(CV, Options.defaults());
    Redaction.Traces traces = Redaction.traces(named.document());
    assertTrue(traces.words().containsAll(List.of("jane", "doe")), traces.toString());
    assertTrue(traces.strings().containsAll(List.of("janedoe", "jane@example.com", "github.com/janedoe")),
        traces.toString());
    RedactionRules.Found found = RedactionRules.check("cv.md", traces.words(), traces.strings(), named.pdf());
    List<String> said = found.problems().stream().map(Diagnostic::message).toList();
    assertTrue(found.problems().stream().allMatch(d -> d.code() == Code.REDACTION_LEAK));
    assertTrue(said.contains("`doe`, the person's, is still in the redacted PDF's text, metadata, attachments"),
        said.toString());
    assertTrue(said.contains("`github.com/janedoe`, the person's, is still in the redacted PDF's text, links,"
        + " attachments"), said.toString());
    assertEquals("", found.note());
  }

  @Test
  void aRedactedCopyHoldsNoTraceAndSaysWhatWasSearched() throws Exception {
    Redaction.Traces traces = Redaction.traces(Cvpress.render(CV, Options.defaults()).document());
    Rendered blind = Cvpress.render(CV, Options.builder().redact(Redaction.Mode.INITIALS).build());
    RedactionRules.Found found = RedactionRules.check("cv.md", traces.words(), traces.strings(), blind.pdf());
    assertEquals(List.of(), found.problems());
    assertTrue(found.note().endsWith("in its text, metadata, links, bookmarks, attachments: none is left"),
        found.note());
  }
}
