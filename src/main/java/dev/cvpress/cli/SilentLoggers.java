package dev.cvpress.cli;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The platform loggers ({@link System#getLogger}) of a cvpress process, as the JDK finds them through
 * {@code META-INF/services/java.lang.System$LoggerFinder}: they drop everything. cvpress reports problems itself,
 * with a position and a hint; libraries that log through the platform logger (snakeyaml) would otherwise set up
 * {@code java.util.logging}, and read its configuration, in every process that reads front matter.
 */
public final class SilentLoggers extends System.LoggerFinder {
  private static final System.Logger SILENT = new System.Logger() {
    @Override
    public String getName() {
      return "cvpress";
    }

    @Override
    public boolean isLoggable(Level level) {
      return false;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {}

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {}

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {}
  };

  @Override
  public System.Logger getLogger(String name, Module module) {
    return SILENT;
  }
}
