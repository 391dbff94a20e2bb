package dev.cvpress.check;

import dev.cvpress.diag.Diagnostic;
import java.util.List;

/** A family of checks: each adds what it finds to {@code problems}, placed where the résumé can be fixed. */
interface Rules {
  void check(Checked checked, List<Diagnostic> problems);
}
