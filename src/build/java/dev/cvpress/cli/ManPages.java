package dev.cvpress.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man pages, written in roff from the command line's own model: cvpress(1) for the tool and its commands, and
 * cvpress-COMMAND(1) for each command's synopsis, arguments and options.
 */
final class ManPages {
  private ManPages() {}

  /** File name (cvpress.1, cvpress-render.1, …) to page. */
  static Map<String, String> all(String version) {
    CommandLine cli = RootCommand.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()),
        Map.of(), StdStreams.none(false), null);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("cvpress.1", root(cli, version));
    for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) continue;
      pages.put("cvpress-" + e.getKey() + ".1", command(e.getValue().getCommandSpec(), version));
    }
    return pages;
  }

  private static String root(CommandLine cli, String version) {
    CommandSpec spec = cli.getCommandSpec();
    StringBuilder s = header("CVPRESS", version);
    s.append(".SH NAME\ncvpress \\- ")
        .append(text(lowerFirst(CompletionModel.firstSentence(spec.usageMessage().description())))).append("\n");
    s.append(".SH SYNOPSIS\n.B cvpress\n[\\fIOPTIONS\\fR] \\fIFILE\\fR...\n.br\n.B cvpress\n\\fICOMMAND\\fR"
        + " [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n");
    s.append(".SH DESCRIPTION\n").append(text(String.join(" ", spec.usageMessage().description())))
        .append("\nA first word that is not a command is a file to render: \\fBcvpress cv.md\\fR is"
            + " \\fBcvpress render cv.md\\fR.\n");
    s.append(".SH COMMANDS\n");
    for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) continue;
      s.append(".TP\n.BR cvpress\\-").append(e.getKey()).append(" (1)\n")
          .append(text(String.join(" ", e.getValue().getCommandSpec().usageMessage().description()))).append("\n");
    }
    s.append(".SH OPTIONS\nEvery command takes these.\n");
    for (OptionSpec o : spec.options()) option(s, o);
    s.append(".SH EXIT STATUS\n");
    for (String[] code : List.of(new String[] {"0", "success"},
        new String[] {"1", "bad input or a failed render"}, new String[] {"2", "a usage error"},
        new String[] {"3", "a check found problems (page limit, fit, lint)"})) {
      s.append(".TP\n.B ").append(code[0]).append("\n").append(code[1]).append("\n");
    }
    s.append(".SH ENVIRONMENT\n");
    for (String[] v : List.of(
        new String[] {"NO_COLOR", "When set (to anything but nothing), messages are not coloured under --color=auto."},
        new String[] {"FORCE_COLOR", "When set (to anything but 0), messages are coloured under --color=auto."},
        new String[] {"SOURCE_DATE_EPOCH", "The creation date written into PDFs, in seconds since 1970."},
        new String[] {"CVPRESS_JAVA", "The java binary the launcher runs."},
        new String[] {"CVPRESS_JAVA_OPTS", "JVM options the launcher adds, e.g. -Xmx1g."},
        new String[] {"CVPRESS_ARCHIVE", "off: the launcher runs without its startup archive."})) {
      s.append(".TP\n.B ").append(v[0]).append("\n").append(text(v[1])).append("\n");
    }
    s.append(".SH SEE ALSO\n");
    StringBuilder see = new StringBuilder();
    for (String name : cli.getSubcommands().keySet()) {
      if (name.equals("help")) continue;
      if (see.length() > 0) see.append(",\n");
      see.append(".BR cvpress\\-").append(name).append(" (1)");
    }
    return s.append(see).append("\n").toString();
  }

  private static String command(CommandSpec spec, String version) {
    String name = spec.name();
    StringBuilder s = header("CVPRESS-" + name.toUpperCase(java.util.Locale.ROOT), version);
    s.append(".SH NAME\ncvpress\\-").append(name).append(" \\- ")
        .append(text(lowerFirst(CompletionModel.firstSentence(spec.usageMessage().description())))).append("\n");
    s.append(".SH SYNOPSIS\n.B cvpress ").append(name).append("\n[\\fIOPTIONS\\fR]");
    for (PositionalParamSpec p : spec.positionalParameters()) {
      String label = "\\fI" + text(p.paramLabel()) + "\\fR" + (p.isMultiValue() ? "..." : "");
      s.append(" ").append(p.arity().min() == 0 ? "[" + label + "]" : label);
    }
    s.append("\n.SH DESCRIPTION\n").append(text(String.join(" ", spec.usageMessage().description()))).append("\n");
    if (!spec.positionalParameters().isEmpty()) {
      s.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        s.append(".TP\n.I ").append(text(p.paramLabel())).append("\n")
            .append(text(String.join(" ", p.description()))).append("\n");
      }
    }
    s.append(".SH OPTIONS\n");
    for (OptionSpec o : spec.options()) option(s, o);
    String footer = String.join("\n", spec.usageMessage().footer()).strip();
    if (!footer.isEmpty()) {
      s.append(".SH NOTES\n.nf\n").append(text(footer)).append("\n.fi\n");
    }
    s.append(".SH SEE ALSO\n.BR cvpress (1)\n");
    return s.toString();
  }

  private static StringBuilder header(String title, String version) {
    return new StringBuilder(".\\\" Written by cvpress's build from its command line; do not edit.\n")
        .append(".TH ").append(title).append(" 1 \"\" \"cvpress ").append(version).append("\" \"User Commands\"\n");
  }

  private static void option(StringBuilder s, OptionSpec o) {
    if (o.hidden()) return;
    s.append(".TP\n");
    StringBuilder names = new StringBuilder();
    for (String n : o.names()) {
      if (names.length() > 0) names.append(", ");
      names.append("\\fB").append(text(n)).append("\\fR");
    }
    if (o.arity().max() > 0) names.append(" \\fI").append(text(o.paramLabel())).append("\\fR");
    s.append(names).append("\n").append(text(String.join(" ", o.description()))).append("\n");
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }

  /** Text as roff reads it: backslashes and hyphens escaped, no line that starts with a control character. */
  static String text(String plain) {
    String escaped = plain.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : escaped.split("\n", -1)) {
      if (out.length() > 0) out.append('\n');
      if (line.startsWith(".") || line.startsWith("'")) out.append("\\&");
      out.append(line);
    }
    return out.toString();
  }
}
