package dev.cvpress.cli;

import dev.cvpress.cli.CompletionModel.Arg;
import dev.cvpress.cli.CompletionModel.Command;
import dev.cvpress.cli.CompletionModel.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The bash, zsh and fish completion scripts, written from {@link CompletionModel}. Each knows that a first word
 * which is not a command is a résumé for {@code render}, so {@code cvpress cv.md --th<TAB>} completes render's
 * options.
 */
final class CompletionScripts {
  static final List<String> SHELLS = List.of("bash", "zsh", "fish");

  private CompletionScripts() {}

  static String of(String shell, CompletionModel model) {
    return switch (shell) {
      case "bash" -> bash(model);
      case "zsh" -> zsh(model);
      case "fish" -> fish(model);
      default -> throw new IllegalArgumentException("no completion for " + shell);
    };
  }

  private static String header(String shell, String install) {
    return "# " + shell + " completion for cvpress, written by `cvpress completion " + shell + "`.\n# " + install
        + "\n";
  }

  /** Root options that take a value: the word after one is that value, not a command. */
  private static String rootValueOptions(CompletionModel model) {
    List<String> names = new ArrayList<>();
    for (Arg a : model.rootOptions()) if (a.takesValue()) names.addAll(a.names());
    return names.isEmpty() ? "--color" : String.join("|", names);
  }

  static String bash(CompletionModel model) {
    StringBuilder s = new StringBuilder(header("bash",
        "Load it with `source <(cvpress completion bash)`, or install it as"
            + " ~/.local/share/bash-completion/completions/cvpress."));
    s.append("_cvpress() {\n")
        // Words and file names one per line: a file name may hold spaces.
        .append("  local cur prev cmd word i IFS=$'\\n'\n")
        .append("  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n")
        .append("  prev=\"\"\n")
        .append("  if (( COMP_CWORD > 0 )); then prev=\"${COMP_WORDS[COMP_CWORD-1]}\"; fi\n")
        .append("  cmd=\"\"\n")
        .append("  for (( i = 1; i < COMP_CWORD; i++ )); do\n")
        .append("    word=\"${COMP_WORDS[i]}\"\n")
        .append("    case \"$word\" in\n")
        .append("      ").append(String.join("|", model.names())).append(") cmd=\"$word\"; break ;;\n")
        .append("      ").append(rootValueOptions(model)).append(") (( i++ )) ;;\n")
        .append("      -*) ;;\n")
        .append("      *) cmd=").append(CompletionModel.DEFAULT_COMMAND).append("; break ;;\n")
        .append("    esac\n")
        .append("  done\n")
        .append("  COMPREPLY=()\n")
        .append("  case \"${cmd:-").append(CompletionModel.DEFAULT_COMMAND).append("} $prev\" in\n");
    for (Command c : model.commands()) {
      for (Arg o : c.options()) {
        if (!o.takesValue()) continue;
        List<String> keys = o.names().stream().map(n -> "\"" + c.name() + " " + n + "\"").toList();
        s.append("    ").append(String.join("|", keys)).append(")\n");
        if (!o.choices().isEmpty()) {
          s.append("      COMPREPLY=($(compgen -W ").append(bashWords(o.choices()))
              .append(" -- \"$cur\"))\n");
        }
        if (o.files() == Files.FILES) s.append("      COMPREPLY+=($(compgen -f -- \"$cur\"))\n");
        if (o.files() == Files.DIRS) s.append("      COMPREPLY+=($(compgen -d -- \"$cur\"))\n");
        s.append("      return ;;\n");
      }
    }
    s.append("  esac\n")
        .append("  if [[ \"$cur\" == -* ]]; then\n")
        .append("    case \"${cmd:-").append(CompletionModel.DEFAULT_COMMAND).append("}\" in\n");
    for (Command c : model.commands()) {
      List<String> names = new ArrayList<>();
      for (Arg o : c.options()) names.addAll(o.names());
      s.append("      ").append(c.name()).append(") COMPREPLY=($(compgen -W ").append(bashWords(names))
          .append(" -- \"$cur\")) ;;\n");
    }
    s.append("    esac\n")
        .append("    return\n")
        .append("  fi\n")
        .append("  if [[ -z \"$cmd\" ]]; then COMPREPLY=($(compgen -W ").append(bashWords(model.names()))
        .append(" -- \"$cur\")); fi\n")
        .append("  case \"${cmd:-").append(CompletionModel.DEFAULT_COMMAND).append("}\" in\n");
    for (Command c : model.commands()) {
      Arg p = c.positional();
      if (p == null) continue;
      s.append("    ").append(c.name()).append(")");
      if (!p.choices().isEmpty()) {
        s.append(" COMPREPLY+=($(compgen -W ").append(bashWords(p.choices())).append(" -- \"$cur\"))");
      }
      if (p.files() == Files.FILES) s.append(" COMPREPLY+=($(compgen -f -- \"$cur\"))");
      s.append(" ;;\n");
    }
    s.append("  esac\n")
        .append("}\n")
        .append("complete -o filenames -F _cvpress cvpress\n");
    return s.toString();
  }

  /** A word list for compgen -W, one word a line, as IFS splits it in the script. */
  private static String bashWords(List<String> words) {
    return "$'" + String.join("\\n", words) + "'";
  }

  static String zsh(CompletionModel model) {
    StringBuilder s = new StringBuilder("#compdef cvpress\n").append(header("zsh",
        "Install it as _cvpress in a folder of $fpath (e.g. ~/.local/share/zsh/site-functions), or load it with"
            + " `source <(cvpress completion zsh)`."));
    for (Command c : model.commands()) {
      s.append("_cvpress_").append(c.name()).append("() {\n  _arguments -s -S");
      for (Arg o : c.options()) s.append(" \\\n    ").append(zshOption(o));
      Arg p = c.positional();
      if (p != null) {
        s.append(" \\\n    '").append(p.repeatable() ? "*" : "1").append(":").append(zshText(p.label()))
            .append(":").append(zshAction(p)).append("'");
      }
      s.append("\n}\n");
    }
    s.append("_cvpress() {\n")
        .append("  local -a commands\n")
        .append("  commands=(");
    for (Command c : model.commands()) {
      s.append("\n    '").append(c.name()).append(":").append(zshText(c.description())).append("'");
    }
    s.append("\n  )\n")
        .append("  local i cmd=\"\"\n")
        .append("  for (( i = 2; i < CURRENT; i++ )); do\n")
        .append("    case ${words[i]} in\n")
        .append("      (").append(String.join("|", model.names())).append(") cmd=${words[i]}; break ;;\n")
        .append("      (").append(rootValueOptions(model)).append(") (( i++ )) ;;\n")
        .append("      (-*) ;;\n")
        .append("      (*) cmd=").append(CompletionModel.DEFAULT_COMMAND).append("; i=0; break ;;\n")
        .append("    esac\n")
        .append("  done\n")
        .append("  if [[ -z $cmd ]]; then\n")
        .append("    [[ ${words[CURRENT]} == -* ]] || _describe -t commands 'cvpress command' commands\n")
        .append("    _cvpress_").append(CompletionModel.DEFAULT_COMMAND).append("\n")
        .append("    return\n")
        .append("  fi\n")
        // An explicit command: complete its words as if it were the command run.
        .append("  if (( i > 0 )); then\n")
        .append("    shift $(( i - 1 )) words\n")
        .append("    (( CURRENT -= i - 1 ))\n")
        .append("  fi\n")
        .append("  _cvpress_$cmd\n")
        .append("}\n")
        // Autoloaded from $fpath the file is the body of _cvpress, which completes; sourced, it registers itself.
        .append("if [ \"$funcstack[1]\" = \"_cvpress\" ]; then _cvpress \"$@\"; else compdef _cvpress cvpress; fi\n");
    return s.toString();
  }

  private static String zshOption(Arg o) {
    String names = o.names().size() == 1 ? o.names().get(0) : "{" + String.join(",", o.names()) + "}";
    String exclusive = o.repeatable() ? "'*'" : o.names().size() == 1 ? "" : "'(" + String.join(" ", o.names()) + ")'";
    String spec = "'[" + zshText(o.description()) + "]";
    if (o.takesValue()) spec += ":" + zshText(o.label()) + ":" + zshAction(o);
    return exclusive + names + spec + "'";
  }

  private static String zshAction(Arg a) {
    if (!a.choices().isEmpty() && a.files() == Files.FILES) {
      return "_alternative \"values:value:(" + String.join(" ", a.choices()) + ")\" \"files:file:_files\"";
    }
    if (!a.choices().isEmpty()) return "(" + String.join(" ", a.choices()) + ")";
    if (a.files() == Files.FILES) return "_files";
    if (a.files() == Files.DIRS) return "_files -/";
    return " ";
  }

  /** Text inside a single-quoted _arguments spec: no quote, colon or bracket that would end a part of it. */
  private static String zshText(String text) {
    return text.replace("'", "’").replace(":", " -").replace("[", "(").replace("]", ")").replace("\\", "/");
  }

  static String fish(CompletionModel model) {
    StringBuilder s = new StringBuilder(header("fish",
        "Install it as ~/.local/share/fish/vendor_completions.d/cvpress.fish, or load it with"
            + " `cvpress completion fish | source`."));
    s.append("function __cvpress_command\n")
        .append("    set -l words (commandline -opc)\n")
        .append("    set -l skip 0\n")
        .append("    for w in $words[2..-1]\n")
        .append("        if test $skip = 1; set skip 0; continue; end\n")
        .append("        switch $w\n")
        .append("            case ").append(String.join(" ", model.names())).append("\n")
        .append("                echo $w; return\n")
        .append("            case ").append(rootValueOptions(model).replace("|", " ")).append("\n")
        .append("                set skip 1\n")
        .append("            case '-*'\n")
        .append("            case '*'\n")
        .append("                echo ").append(CompletionModel.DEFAULT_COMMAND).append("; return\n")
        .append("        end\n")
        .append("    end\n")
        .append("end\n")
        .append("function __cvpress_in\n")
        .append("    set -l c (__cvpress_command)\n")
        .append("    test -z \"$c\"; and set c ").append(CompletionModel.DEFAULT_COMMAND).append("\n")
        .append("    contains -- $c $argv\n")
        .append("end\n")
        .append("complete -c cvpress -f\n");
    for (Command c : model.commands()) {
      s.append("complete -c cvpress -n 'test -z (__cvpress_command)' -a ").append(c.name()).append(" -d ")
          .append(fishQuote(c.description())).append("\n");
    }
    for (Command c : model.commands()) {
      String when = " -n '__cvpress_in " + c.name() + "'";
      for (Arg o : c.options()) {
        s.append("complete -c cvpress").append(when);
        for (String n : o.names()) s.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
        if (o.takesValue()) s.append(o.files() == Files.FILES ? " -r -F" : " -x");
        if (!o.choices().isEmpty()) s.append(" -a ").append(fishQuote(String.join(" ", o.choices())));
        if (o.files() == Files.DIRS) s.append(" -a '(__fish_complete_directories)'");
        s.append(" -d ").append(fishQuote(o.description())).append("\n");
      }
      Arg p = c.positional();
      if (p != null && (!p.choices().isEmpty() || p.files() != Files.NONE)) {
        s.append("complete -c cvpress").append(when);
        if (!p.choices().isEmpty()) s.append(" -a ").append(fishQuote(String.join(" ", p.choices())));
        if (p.files() == Files.FILES) s.append(" -F");
        s.append("\n");
      }
    }
    return s.toString();
  }

  private static String fishQuote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
