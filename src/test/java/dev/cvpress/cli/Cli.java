package dev.cvpress.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs one command line through {@link Main#run} and keeps what it printed. Test helper. */
record Cli(int code, String out, String err) {
  static Cli run(Map<String, String> env, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, terminal);
    return new Cli(code, out.toString(), err.toString());
  }

  static Cli run(String... args) {
    return run(Map.of(), false, args);
  }

  /** Both streams, for assertion messages. */
  String both() {
    return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
  }
}
