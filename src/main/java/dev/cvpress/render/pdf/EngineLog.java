package dev.cvpress.render.pdf;

import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * The engine logs to stderr through java.util.logging; cvpress reports problems itself. A logger that drops
 * everything also spares the engine setting java.util.logging up at its first message. (PDFBox's logging is
 * switched off in commons-logging.properties.)
 */
final class EngineLog {
  private EngineLog() {}

  /** Called once, before the engine's first use. */
  static void silence() {
    XRLog.setLoggingEnabled(false);
    XRLog.setLoggerImpl(new XRLogger() {
      @Override
      public void log(String where, Level level, String msg) {}

      @Override
      public void log(String where, Level level, String msg, Throwable th) {}

      @Override
      public void setLevel(String logger, Level level) {}

      @Override
      public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
        return false;
      }
    });
  }
}
