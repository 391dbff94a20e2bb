package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.style.Theme;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the built-in themes. */
final class ThemesCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private ThemesCommand() {}

  /** The themes command's usage; picocli calls {@link #call} when it is the command run. */
  static CommandSpec spec() {
    CommandSpec spec = new ThemesCommand().spec;
    spec.name("themes");
    spec.usageMessage().description("List the built-in themes.");
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (Theme t : Cvpress.themes()) {
      String marker = t.name().equals(Theme.DEFAULT) ? " (default)" : "";
      out.printf("%-9s %s%s%n          %s%n", t.name(), t.description(), marker, t.location());
    }
    return ExitCode.OK;
  }
}
