package dev.cvpress.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * Runs one command line through {@link Main#run} with standard streams of its own: bytes on stdin, the bytes
 * written to stdout, and which streams count as terminals. Test helper.
 */
record StdCli(int code, byte[] stdout, String out, String err) {
  static StdCli run(byte[] stdin, boolean outTerminal, boolean errTerminal, Map<String, String> env,
      String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StdStreams std = new StdStreams(new ByteArrayInputStream(stdin), bytes, outTerminal, errTerminal);
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, std);
    return new StdCli(code, bytes.toByteArray(), out.toString(), err.toString());
  }

  String both() {
    return "exit " + code + "\n--- stdout (" + stdout.length + " bytes) ---\n" + out + "--- stderr ---\n" + err;
  }
}
