package dev.cvpress.cli;

/** The process exit codes cvpress promises. */
final class ExitCode {
  private ExitCode() {}

  static final int OK = 0;
  /** Bad input or a failed render. */
  static final int FAILED = 1;
  /** The command line itself is wrong. */
  static final int USAGE = 2;
  /** A check found problems (page limit, fit, lint). */
  static final int CHECK = 3;
}
