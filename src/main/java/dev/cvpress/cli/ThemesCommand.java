package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.Theme;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "themes", description = "List the built-in themes.", mixinStandardHelpOptions = true)
final class ThemesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

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
