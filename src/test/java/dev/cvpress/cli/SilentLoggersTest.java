package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class SilentLoggersTest {
  @Test
  void theJdkFindsThePlatformLoggersThroughTheServiceFile() {
    assertInstanceOf(SilentLoggers.class, System.LoggerFinder.getLoggerFinder());
  }

  @Test
  void platformLoggersLogNothing() {
    System.Logger yaml = System.getLogger("org.yaml.snakeyaml.TypeDescription");
    for (System.Logger.Level level : System.Logger.Level.values()) assertFalse(yaml.isLoggable(level), level.name());
    yaml.log(System.Logger.Level.ERROR, "never shown");
  }
}
