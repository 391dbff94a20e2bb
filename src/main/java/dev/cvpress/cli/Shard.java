package dev.cvpress.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * One of N shards of a build ({@code --shard I/N}, I counted from 1): the outputs whose path hashes to it. The hash
 * of the output's path, not its place in the manifest, decides, so every machine of a CI matrix or of a Kubernetes
 * Indexed Job picks the same outputs from the same manifest, and adding an output moves no other one.
 */
record Shard(int index, int count) {
  /** The index a Kubernetes Indexed Job gives each of its pods, counted from 0. */
  static final String JOB_INDEX = "JOB_COMPLETION_INDEX";

  /** The whole build: one shard of one. */
  static final Shard ALL = new Shard(1, 1);

  /** Thrown with a message fit for a usage error. */
  static final class Invalid extends Exception {
    final String hint;

    Invalid(String message, String hint) {
      super(message);
      this.hint = hint;
    }
  }

  /** Reads {@code I/N} or {@code auto/N} (I from {@link #JOB_INDEX}, plus one). */
  static Shard parse(String text, Map<String, String> env) throws Invalid {
    String hint = "--shard I/N renders the I-th of N parts (1 <= I <= N), e.g. --shard 2/4; "
        + "--shard auto/N takes I from " + JOB_INDEX;
    int slash = text.indexOf('/');
    if (slash < 0) throw new Invalid("--shard takes I/N, not `" + text + "`", hint);
    int count = number(text.substring(slash + 1), text, hint);
    String first = text.substring(0, slash).strip();
    int index;
    if (first.equals("auto")) {
      String job = env.get(JOB_INDEX);
      if (job == null || job.isBlank()) {
        throw new Invalid("--shard auto/" + count + " needs " + JOB_INDEX + " (set by a Kubernetes Indexed Job)",
            "give the part yourself, e.g. --shard 1/" + count);
      }
      try {
        index = Integer.parseInt(job.strip()) + 1;
      } catch (NumberFormatException e) {
        throw new Invalid(JOB_INDEX + " is not a number: `" + job + "`", hint);
      }
    } else {
      index = number(first, text, hint);
    }
    if (count < 1 || index < 1 || index > count) {
      throw new Invalid("--shard " + text + " is not a part of the build: I must be 1 to N"
          + (first.equals("auto") ? " (" + JOB_INDEX + " 0 to N-1)" : ""), hint);
    }
    return new Shard(index, count);
  }

  private static int number(String digits, String text, String hint) throws Invalid {
    try {
      return Integer.parseInt(digits.strip());
    } catch (NumberFormatException e) {
      throw new Invalid("--shard takes I/N with whole numbers, not `" + text + "`", hint);
    }
  }

  /** Whether the output at this path (as the manifest writes it, relative to its folder) is this shard's. */
  boolean contains(String outputPath) {
    if (count == 1) return true;
    return Math.floorMod(hash(outputPath.replace('\\', '/')), count) == index - 1;
  }

  private static long hash(String path) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) h = (h << 8) | (digest[i] & 0xff);
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
