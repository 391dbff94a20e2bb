package dev.cvpress.layout;

import dev.cvpress.model.Block;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.render.html.HtmlRenderer;
import dev.cvpress.style.Theme;

/**
 * Whether a two-column theme's side column would hold enough to be worth its width. A band holding one e-mail
 * address beside a squeezed history looks unfinished; such a résumé is set in one column instead.
 */
public final class SideColumn {
  private SideColumn() {}

  /** Fewer lines than this (contacts, side section titles and their items) leave the band mostly empty. */
  static final int MIN_LINES = 8;

  /** The theme to lay {@code resume} out with: {@code theme} itself, or its one-column form. */
  public static Theme fitted(Theme theme, Resume resume) {
    if (!theme.layout().equals("sidebar")) return theme;
    return lines(resume) >= MIN_LINES ? theme : theme.singleColumn();
  }

  /** About how many lines the side column would hold. */
  static int lines(Resume resume) {
    int lines = resume.header().contacts().size();
    boolean sideSection = false;
    for (Section s : resume.sections()) {
      if (!HtmlRenderer.belongsInSidebar(s)) continue;
      sideSection = true;
      lines += 2;
      for (Block b : s.blocks()) lines += items(b);
    }
    return sideSection ? lines : 0;
  }

  private static int items(Block b) {
    if (b instanceof Block.BulletList l) return l.items().size();
    if (b instanceof Block.Definition) return 2;
    return 1;
  }
}
