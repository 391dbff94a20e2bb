package dev.cvpress.check;

import dev.cvpress.render.pdf.TextItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first two steps of a résumé parser, as published descriptions of them go: the PDF's text runs, in the order
 * the pages draw them, joined into lines (runs on one baseline); then the lines cut into sections at their titles.
 * A title is a short line of words alone, set apart by weight or size, and either in capitals or one of the words
 * résumés use for sections (or holding one); every other line in the same style as such a title is one too. The lines before the
 * first title are the profile, where a parser looks for the name.
 */
final class ParserLines {
  private ParserLines() {}

  /**
   * A line as a parser reads it.
   *
   * @param size the largest font size on the line
   * @param startsBold whether its first run is bold
   * @param bold whether every run on it is bold
   */
  record Line(int page, float y, float size, boolean startsBold, boolean bold, String text) {}

  /** A section: its title line (null for the profile, the lines before the first title) and the lines under it. */
  record Section(Line title, List<Line> lines) {
    String name() {
      return title == null ? "" : title.text();
    }
  }

  /**
   * Words résumés give their sections, lower case, in the languages cvpress labels: the titles parsers' published
   * keyword lists hold for work ("Work", "Jobs", "Positions", "Professional Background"), education, skills,
   * projects and the rest, and the same in German, French, Spanish, Portuguese, Russian, Chinese, Japanese and Korean.
   */
  private static final Set<String> SECTION_WORDS = Set.of(
      // English
      "summary", "profile", "about", "about me", "objective", "overview", "highlights", "experience", "experiences",
      "work experience", "professional experience", "employment", "employment history", "work history", "work",
      "jobs", "positions", "positions held", "career", "career history", "professional background", "background",
      "professional history", "history", "internships", "internship", "education", "training", "courses",
      "coursework", "qualifications", "skills", "technical skills", "expertise", "competencies", "strengths",
      "technologies", "tools", "projects", "portfolio", "languages", "certifications", "certificates", "licenses",
      "awards", "honors", "honours", "achievements", "accomplishments", "publications", "patents", "talks",
      "presentations", "research", "teaching", "volunteering", "volunteer", "activities", "leadership",
      "memberships", "affiliations", "interests", "hobbies", "references", "open source", "contact",
      // German
      "berufserfahrung", "berufliche erfahrung", "werdegang", "beruflicher werdegang", "praxiserfahrung",
      "stationen", "tätigkeiten", "ausbildung", "bildung", "studium", "weiterbildung", "kenntnisse",
      "fähigkeiten", "qualifikationen", "sprachen", "sprachkenntnisse", "profil", "zusammenfassung", "über mich",
      "projekte", "zertifikate", "auszeichnungen", "publikationen", "veröffentlichungen", "ehrenamt",
      "interessen", "hobbys", "referenzen", "kontakt",
      // French
      "expérience", "expériences", "expérience professionnelle", "expériences professionnelles", "parcours",
      "parcours professionnel", "emplois", "postes", "carrière", "formation", "formations", "études", "diplômes",
      "compétences", "langues", "projets", "bénévolat", "loisirs", "centres d'intérêt", "à propos", "distinctions",
      // Spanish
      "experiencia", "experiencia laboral", "experiencia profesional", "trayectoria", "empleos", "puestos",
      "historial laboral", "educación", "formación", "formación académica", "estudios", "habilidades",
      "conocimientos", "aptitudes", "competencias", "idiomas", "resumen", "perfil", "sobre mí", "proyectos",
      "certificaciones", "publicaciones", "voluntariado", "intereses", "referencias", "premios",
      // Portuguese
      "experiência", "experiência profissional", "histórico profissional", "trajetória", "empregos", "cargos",
      "carreira", "educação", "formação", "formação acadêmica", "competências", "resumo", "sobre mim", "projetos",
      "certificações", "publicações", "interesses", "referências", "prêmios",
      // Russian, Chinese, Japanese, Korean
      "опыт", "опыт работы", "образование", "навыки", "проекты", "языки", "о себе", "сертификаты", "工作经历",
      "工作经验", "职业经历", "教育背景", "教育", "技能", "项目", "项目经验", "语言", "证书", "職歴", "職務経歴", "学歴",
      "スキル", "資格", "自己pr", "経歴", "プロジェクト", "경력", "학력", "기술", "프로젝트", "자기소개", "자격증");

  /**
   * The words that make a longer title one when it holds them ("Side projects", "Compétences techniques"): the
   * words that name nothing but a section. "Work", "Research" or "Training" alone are titles, but held in a bold
   * line ("Research Engineer") they are as likely an entry's heading.
   */
  private static final Set<String> HELD_WORDS = Set.of("summary", "profile", "about", "objective",
      "experience", "experiences", "employment", "career", "education", "skills", "projects", "languages",
      "certifications", "certificates", "awards", "publications", "volunteering", "volunteer", "interests",
      "references", "contact", "qualifications", "achievements", "accomplishments", "coursework",
      "berufserfahrung", "ausbildung", "kenntnisse", "sprachen", "profil", "expérience", "formation",
      "compétences", "langues", "experiencia", "educación", "formación", "habilidades", "idiomas", "experiência",
      "educação", "competências", "resumen", "resumo", "zusammenfassung", "projekte", "projets", "proyectos",
      "projetos");

  /** Letters and the joining marks a title may hold; no digits, no separators a heading line uses. */
  private static final Pattern TITLE_TEXT = Pattern.compile("[\\p{L}][\\p{L}&/'’ .-]*");
  private static final int TITLE_WORDS = 4;

  /** The document's lines as the pages draw them. */
  static List<Line> inDrawingOrder(List<TextItem> items) {
    return lines(items);
  }

  /**
   * The document's lines by position: each page top to bottom, each line left to right, as a parser that sorts
   * the runs reads them (two columns side by side are then read line by line across both).
   */
  static List<Line> byPosition(List<TextItem> items) {
    List<TextItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(TextItem::page).thenComparingDouble(TextItem::y)
        .thenComparingDouble(TextItem::x));
    // Runs on one baseline may differ in y by a fraction of a point; each takes its line's first baseline.
    List<TextItem> aligned = new ArrayList<>();
    TextItem lineStart = null;
    for (TextItem i : sorted) {
      if (lineStart == null || !sameLine(lineStart, i)) lineStart = i;
      aligned.add(new TextItem(i.page(), i.x(), lineStart.y(), i.end(), i.size(), i.bold(), i.text()));
    }
    aligned.sort(Comparator.comparingInt(TextItem::page).thenComparingDouble(TextItem::y)
        .thenComparingDouble(TextItem::x));
    return lines(aligned);
  }

  private static List<Line> lines(List<TextItem> items) {
    List<Line> lines = new ArrayList<>();
    List<TextItem> current = new ArrayList<>();
    for (TextItem item : items) {
      if (!current.isEmpty() && !sameLine(current.get(current.size() - 1), item)) {
        lines.add(line(current));
        current = new ArrayList<>();
      }
      current.add(item);
    }
    if (!current.isEmpty()) lines.add(line(current));
    return lines;
  }

  /** The profile (possibly empty) and then each section, in reading order. */
  static List<Section> sections(List<Line> lines) {
    float body = bodySize(lines);
    Map<String, Boolean> titleStyles = new HashMap<>();
    for (Line l : lines) {
      if (candidate(l, body) && (upper(l.text()) || sectionWords(l.text()))) {
        titleStyles.put(style(l), true);
      }
    }
    List<Section> sections = new ArrayList<>();
    Line title = null;
    List<Line> under = new ArrayList<>();
    for (Line l : lines) {
      if (candidate(l, body) && titleStyles.containsKey(style(l))) {
        sections.add(new Section(title, under));
        title = l;
        under = new ArrayList<>();
      } else {
        under.add(l);
      }
    }
    sections.add(new Section(title, under));
    return sections;
  }

  /** Whether a title is, or holds, a word résumés give their sections ("Side projects"). */
  private static boolean sectionWords(String text) {
    String t = normal(text);
    if (SECTION_WORDS.contains(t)) return true;
    for (String word : t.split("[ &/]+")) if (HELD_WORDS.contains(word)) return true;
    return false;
  }

  /** A line's text as compared: lower case, spaces collapsed. */
  static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
  }

  private static boolean sameLine(TextItem a, TextItem b) {
    return a.page() == b.page() && Math.abs(a.y() - b.y()) < Math.min(a.size(), b.size()) * 0.5f;
  }

  /** Runs on one baseline, left to right, a space where they stand apart. */
  private static Line line(List<TextItem> items) {
    List<TextItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingDouble(TextItem::x));
    StringBuilder text = new StringBuilder();
    float size = 0;
    boolean bold = true;
    TextItem previous = null;
    for (TextItem i : sorted) {
      if (previous != null && i.x() - previous.end() > i.size() * 0.1f) text.append(' ');
      text.append(i.text());
      size = Math.max(size, i.size());
      bold &= i.bold();
      previous = i;
    }
    return new Line(sorted.get(0).page(), sorted.get(0).y(), size, sorted.get(0).bold(), bold,
        text.toString().replaceAll("\\s+", " ").strip());
  }

  /** The size most of the text is set in. */
  private static float bodySize(List<Line> lines) {
    Map<Float, Integer> chars = new HashMap<>();
    for (Line l : lines) chars.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
    return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }

  /** A line that could be a title: a few words alone, bold or larger than the body. */
  private static boolean candidate(Line l, float body) {
    String t = l.text();
    return TITLE_TEXT.matcher(t).matches() && t.split(" ").length <= TITLE_WORDS
        && (l.bold() || l.size() > body * 1.05f);
  }

  private static String style(Line l) {
    return Math.round(l.size() * 2) / 2f + (l.bold() ? "b" : "") + (upper(l.text()) ? "U" : "");
  }

  private static boolean upper(String text) {
    return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
  }
}
