package dev.cvpress.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cvpress.check.JobAd;
import java.io.IOException;

/** How {@code check --job} prints a job ad's coverage: a line per term, as text or in the JSON report. */
final class JobReport {
  private JobReport() {}

  static String text(String resume, JobAd.Coverage c) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%s: job ad %s: %d of %d terms covered (%d%%)%n", resume, c.file(), c.covered().size(),
        c.terms().size(), c.percent()));
    int width = c.terms().stream().mapToInt(t -> t.name().length()).max().orElse(0);
    for (JobAd.Term t : c.covered()) {
      String section = t.where().section().isEmpty() ? "" : " (" + t.where().section() + ")";
      out.append(String.format("  covered  %-" + width + "s  %s%s%n", t.name(), t.where().pos(), section));
    }
    for (JobAd.Term t : c.missing()) out.append(String.format("  missing  %s%n", t.name()));
    return out.toString();
  }

  static void json(JsonGenerator g, JobAd.Coverage c) throws IOException {
    g.writeObjectFieldStart("jobAd");
    g.writeStringField("file", c.file());
    g.writeNumberField("terms", c.terms().size());
    g.writeNumberField("covered", c.covered().size());
    g.writeNumberField("percent", c.percent());
    g.writeArrayFieldStart("coverage");
    for (JobAd.Term t : c.terms()) {
      g.writeStartObject();
      g.writeStringField("term", t.name());
      g.writeBooleanField("covered", t.covered());
      if (t.covered()) {
        g.writeStringField("section", t.where().section());
        g.writeNumberField("line", t.where().pos().line());
        g.writeNumberField("column", t.where().pos().column());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
