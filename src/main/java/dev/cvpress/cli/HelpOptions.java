package dev.cvpress.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * -h/--help and -V/--version, as every command has them, declared as picocli's {@code mixinStandardHelpOptions}
 * would add them (which reads them from annotations).
 */
final class HelpOptions {
  private HelpOptions() {}

  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
  }
}
