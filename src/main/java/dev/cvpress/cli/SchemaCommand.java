package dev.cvpress.cli;

import dev.cvpress.diag.Suggestions;
import dev.cvpress.schema.JsonSchemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Prints the JSON Schema of the front matter or of the manifest, for an editor to check and complete them. */
final class SchemaCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private SchemaCommand() {}

  static CommandSpec spec() {
    CommandSpec spec = new SchemaCommand().spec;
    spec.name("schema");
    spec.usageMessage().description("Print the JSON Schema of a résumé's front matter or of a manifest "
        + "(cvpress.yaml), for an editor.");
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("NAME")
        .type(String.class).completionCandidates(JsonSchemas.NAMES)
        .description("front-matter or manifest.").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    String name = spec.commandLine().getParseResult().matchedPositionalValue(0, "");
    String text = JsonSchemas.text(name);
    if (text == null) {
      String meant = Suggestions.closest(name, JsonSchemas.NAMES);
      throw new Usage(spec.commandLine(), "no schema named `" + name + "`",
          (meant == null ? "" : "did you mean `" + meant + "`? ") + "the schemas are "
              + String.join(" and ", JsonSchemas.NAMES));
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
