package dev.cvpress.transform;

import dev.cvpress.diag.Suggestions;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import dev.cvpress.style.Style;
import java.util.ArrayList;
import java.util.List;

/** Applies {@code hide} and {@code section-order}: sections named by title or id. */
public final class SectionOrder {
  private SectionOrder() {}

  public static Resume arrange(Resume resume, Style style, List<Diagnostic> warnings) throws CvpressException {
    if (style.hide().isEmpty() && style.sectionOrder().isEmpty()) return resume;
    List<Diagnostic> unknown = new ArrayList<>();
    List<String> titles = resume.sections().stream().map(Section::title).filter(t -> !t.isBlank()).toList();
    for (String key : List.of("hide", "section-order")) {
      List<String> names = key.equals("hide") ? style.hide() : style.sectionOrder();
      for (String name : names) {
        if (resume.sections().stream().noneMatch(s -> names(s, name))) {
          SourcePos at = resume.meta().stylePos().getOrDefault(key, SourcePos.file("style." + key));
          String message = "style." + key + ": no section is called `" + name + "`";
          String hint = Suggestions.didYouMean(name, titles) + "the sections are: " + String.join(", ", titles);
          if (resume.meta().styleFromTopLevel().contains(key)) {
            warnings.add(Style.ignoredTopLevel(Code.UNKNOWN_SECTION, at, key, message, hint));
          } else {
            unknown.add(Diagnostic.error(Code.UNKNOWN_SECTION, at, message, hint));
          }
        }
      }
    }
    if (!unknown.isEmpty()) throw new CvpressException(unknown);
    List<Section> kept = new ArrayList<>();
    for (Section s : resume.sections()) {
      if (style.hide().stream().noneMatch(h -> names(s, h))) kept.add(s);
    }
    List<Section> ordered = new ArrayList<>();
    for (String wanted : style.sectionOrder()) {
      for (Section s : kept) if (names(s, wanted) && !ordered.contains(s)) ordered.add(s);
    }
    for (Section s : kept) if (!ordered.contains(s)) ordered.add(s);
    return new Resume(resume.meta(), resume.header(), resume.intro(), ordered);
  }

  private static boolean names(Section s, String name) {
    return s.title().equalsIgnoreCase(name.strip()) || s.id().equalsIgnoreCase(name.strip());
  }
}
