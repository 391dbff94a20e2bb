package dev.cvpress.formats.jsonresume;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sections of a JSON Resume, how each is titled in a Markdown résumé (in cvpress's label languages), and where
 * the parts of an entry — {@code ### Title — Org (url) — Place | dates}, its italic line, its text and its bullets
 * — go in each. A field a kind has no place for keeps the name {@code work} gives it ({@code location},
 * {@code description}, {@code url}, {@code summary}, {@code highlights}), which the schema allows.
 */
enum Kind {
  SUMMARY("summary", Shape.TEXT, null,
      titles("Summary", "Profil", "Profil", "Perfil", "Perfil", "О себе", "个人简介", "自己PR", "자기소개", "نبذة",
          "درباره من", "תקציר"),
      "summary", "profile", "about", "about me", "professional summary", "introduction", "objective", "overview",
      "zusammenfassung", "kurzprofil", "über mich", "à propos", "sobre mí", "resumen", "sobre mim", "resumo",
      "обо мне", "резюме", "краткая информация", "自我介绍", "个人总结",
      "概要", "自己紹介", "소개", "요약", "نبذة عني", "ملخص", "خلاصه", "אודות", "σχετικά με εμένα"),
  WORK("work", Shape.ENTRIES,
      new Fields("position", "name", "name", "url", "location", "description", "startDate", "endDate", null,
          "summary", "highlights", Map.of()),
      titles("Experience", "Berufserfahrung", "Expérience", "Experiencia", "Experiência", "Опыт работы", "工作经历",
          "職歴", "경력", "الخبرة العملية", "سوابق کاری", "ניסיון תעסוקתי"),
      "experience", "work", "work experience", "professional experience", "employment", "employment history",
      "work history", "career", "jobs", "berufserfahrung", "erfahrung", "berufliche erfahrung", "expérience",
      "expérience professionnelle", "experiencia", "experiencia laboral", "experiencia profesional", "experiência",
      "experiência profissional", "опыт", "опыт работы", "工作经验", "职业经历", "職務経歴",
      "経歴", "경력 사항", "الخبرة", "الخبرات", "سوابق شغلی", "ניסיון", "εμπειρία", "επαγγελματική εμπειρία"),
  VOLUNTEER("volunteer", Shape.ENTRIES,
      new Fields("position", "organization", "organization", "url", null, null, "startDate", "endDate", null,
          "summary", "highlights", Map.of()),
      titles("Volunteering", "Ehrenamt", "Bénévolat", "Voluntariado", "Voluntariado", "Волонтёрство", "志愿者经历",
          "ボランティア", "봉사활동", "العمل التطوعي", "فعالیت‌های داوطلبانه", "התנדבות"),
      "volunteering", "volunteer", "volunteer work", "volunteer experience", "ehrenamt", "ehrenamtliches engagement",
      "engagement", "bénévolat", "voluntariado", "волонтерство"),
  PROJECTS("projects", Shape.ENTRIES,
      new Fields("name", "entity", "name", "url", null, "roles", "startDate", "endDate", null, "description",
          "highlights", labels("Keywords", "keywords")),
      titles("Projects", "Projekte", "Projets", "Proyectos", "Projetos", "Проекты", "项目经历", "プロジェクト", "프로젝트",
          "المشاريع", "پروژه‌ها", "פרויקטים"),
      "projects", "project", "side projects", "personal projects", "selected projects", "open source",
      "open-source", "projekte", "projets", "proyectos", "projetos", "проекты", "项目", "项目经验",
      "開発実績", "프로젝트 경험", "مشاريع", "پروژه ها", "έργα"),
  EDUCATION("education", Shape.ENTRIES,
      new Fields(null, "institution", "institution", "url", null, null, "startDate", "endDate", null, null,
          "courses", labels("Score", "score")),
      titles("Education", "Ausbildung", "Formation", "Educación", "Formação", "Образование", "教育背景", "学歴", "학력",
          "التعليم", "تحصیلات", "השכלה"),
      "education", "academic background", "studies", "ausbildung", "bildung", "studium", "bildungsweg", "formation",
      "éducation", "études", "educación", "formación", "formação", "educação", "教育经历", "学历",
      "학력 사항", "تعلیم", "השכלה אקדמית", "εκπαίδευση", "σπουδές"),
  AWARDS("awards", Shape.ENTRIES,
      new Fields("title", "awarder", "title", null, null, null, null, null, "date", "summary", null, Map.of()),
      titles("Awards", "Auszeichnungen", "Distinctions", "Premios", "Prêmios", "Награды", "荣誉奖项", "受賞歴", "수상",
          "الجوائز", "جوایز", "פרסים"),
      "awards", "honors", "honours", "awards and honors", "awards & honors", "auszeichnungen", "preise",
      "distinctions", "prix", "premios", "reconocimientos", "prêmios", "prémios", "获奖经历", "表彰",
      "수상 경력"),
  CERTIFICATES("certificates", Shape.ENTRIES,
      new Fields("name", "issuer", "name", "url", null, null, null, null, "date", null, null, Map.of()),
      titles("Certificates", "Zertifikate", "Certifications", "Certificaciones", "Certificações", "Сертификаты", "证书",
          "資格", "자격증", "الشهادات", "گواهینامه‌ها", "תעודות"),
      "certificates", "certifications", "certificates and licenses", "licenses and certifications", "licenses",
      "zertifikate", "zertifizierungen", "certifications", "certificats", "certificaciones", "certificados",
      "certificações", "资格证书", "免許・資格", "자격", "مدارک"),
  PUBLICATIONS("publications", Shape.ENTRIES,
      new Fields("name", "publisher", "name", "url", null, null, null, null, "releaseDate", "summary", null,
          Map.of()),
      titles("Publications", "Publikationen", "Publications", "Publicaciones", "Publicações", "Публикации", "出版物",
          "論文・発表", "출판물", "المنشورات", "انتشارات", "פרסומים"),
      "publications", "papers", "talks", "talks and publications", "presentations", "publikationen",
      "veröffentlichungen", "vorträge", "publications", "conférences", "publicaciones", "publicações",
      "доклады", "论文", "発表"),
  SKILLS("skills", Shape.LIST, null,
      titles("Skills", "Kenntnisse", "Compétences", "Habilidades", "Competências", "Навыки", "技能", "スキル", "기술",
          "المهارات", "مهارت‌ها", "כישורים"),
      "skills", "technical skills", "skills and tools", "technologies", "tech stack", "stack", "tools", "expertise",
      "kenntnisse", "fähigkeiten", "fachkenntnisse", "kompetenzen", "compétences", "habilidades", "competencias",
      "competências", "ключевые навыки", "专业技能", "技术栈", "技術スタック", "보유 기술", "스킬",
      "مهارت ها", "מיומנויות", "δεξιότητες"),
  LANGUAGES("languages", Shape.LIST, null,
      titles("Languages", "Sprachen", "Langues", "Idiomas", "Idiomas", "Языки", "语言", "語学", "언어", "اللغات",
          "زبان‌ها", "שפות"),
      "languages", "spoken languages", "sprachen", "sprachkenntnisse", "langues", "idiomas", "línguas",
      "знание языков", "语言能力", "言語", "어학", "زبان ها", "γλώσσες"),
  INTERESTS("interests", Shape.LIST, null,
      titles("Interests", "Interessen", "Centres d'intérêt", "Intereses", "Interesses", "Интересы", "兴趣爱好", "趣味",
          "관심사", "الاهتمامات", "علایق", "תחומי עניין"),
      "interests", "hobbies", "hobbies and interests", "interessen", "hobbys", "freizeit", "centres d'intérêt",
      "loisirs", "intereses", "aficiones", "interesses", "хобби", "爱好", "興味", "취미"),
  REFERENCES("references", Shape.ENTRIES,
      new Fields("name", null, "name", null, null, null, null, null, null, "reference", null, Map.of()),
      titles("References", "Referenzen", "Références", "Referencias", "Referências", "Рекомендации", "推荐人", "推薦者",
          "추천인", "المراجع", "معرف‌ها", "ממליצים"),
      "references", "recommendations", "testimonials", "referenzen", "empfehlungen", "références",
      "referencias", "referências");

  /** How a section of this kind is written in Markdown. */
  enum Shape {
    /** {@code basics.summary}: text. */
    TEXT,
    /** One {@code ###} entry per item. */
    ENTRIES,
    /** One bullet per item: {@code **Name** (Level): keyword, keyword}. */
    LIST
  }

  /**
   * Where an entry's parts go in an item of this kind; null where the kind has no such field. {@code single} is
   * where a heading with one name (which the Markdown reader takes as the org) goes: the employer of a job, the
   * title of an award.
   */
  record Fields(String title, String org, String single, String url, String location, String role, String start,
      String end, String date, String summary, String list, Map<String, String> labelled) {}

  /** The extension names for an entry's parts that a kind has no field for: those of {@code work}. */
  static final String LOCATION = "location";
  static final String ORG = "organization";
  static final String ROLE = "description";
  static final String URL = "url";
  static final String SUMMARY_TEXT = "summary";
  static final String LIST_FIELD = "highlights";
  /** An entry's tags ({@code {tags=…}} on its heading). */
  static final String TAGS = "tags";
  /** Dates as the Markdown wrote them, where the ISO fields cannot say them ({@code 2021.6 ~ Now}). */
  static final String DATES = "dates";
  /** Every name cvpress gives a part of an entry in an item whose kind has no field for it. */
  static final java.util.Set<String> EXTENSIONS = java.util.Set.of(LOCATION, ORG, ROLE, URL, SUMMARY_TEXT,
      LIST_FIELD, TAGS, DATES);

  final String key;
  final Shape shape;
  final Fields fields;
  /** The default title by language: en, de, fr, es, pt, ru, zh, ja, ko, ar, fa, he. */
  private final Map<String, String> titles;
  private final List<String> names;

  Kind(String key, Shape shape, Fields fields, Map<String, String> titles, String... names) {
    this.key = key;
    this.shape = shape;
    this.fields = fields;
    this.titles = titles;
    this.names = List.of(names);
  }

  /** The order of sections in a Markdown résumé written from a JSON Resume without cvpress's layout. */
  static final List<Kind> ORDER = List.of(values());

  /** The title of a section of this kind in {@code lang}; English for a language without one. */
  String title(String lang) {
    String base = lang == null ? "en" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return titles.getOrDefault(base, titles.get("en"));
  }

  static Kind ofKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst().orElse(null);
  }

  /**
   * The kind a section title names ("Work Experience", "Berufserfahrung", "Side projects"), in any case, with
   * accents and a typo of a letter or two forgiven ("Work expenrience"); null when it names none.
   */
  static Kind ofTitle(String title) {
    Kind whole = named(normal(title));
    if (whole != null) return whole;
    // A title in two languages: "अनुभव / Experience", "ประสบการณ์ Experience".
    for (String part : TWO_LANGUAGES.split(title)) {
      Kind k = part.equals(title) ? null : named(normal(part));
      if (k != null) return k;
    }
    return null;
  }

  private static Kind named(String t) {
    if (t.isEmpty()) return null;
    for (Kind k : values()) {
      for (String n : Normals.NAMES.get(k)) if (n.equals(t)) return k;
      for (String n : Normals.TITLES.get(k)) if (n.equals(t)) return k;
    }
    for (Kind k : values()) {
      for (String name : Normals.NAMES.get(k)) {
        if (name.length() >= 8 && distance(name, t) <= 2) return k;
      }
    }
    return null;
  }

  /**
   * Each kind's names and titles as {@link #normal} makes them, worked out once per process rather than for every
   * section title (a PDF carries a JSON Resume written as it renders, so this is on every render's way).
   */
  private static final class Normals {
    static final Map<Kind, List<String>> NAMES = new java.util.EnumMap<>(Kind.class);
    static final Map<Kind, List<String>> TITLES = new java.util.EnumMap<>(Kind.class);

    static {
      for (Kind k : values()) {
        NAMES.put(k, k.names.stream().map(Kind::normal).toList());
        TITLES.put(k, k.titles.values().stream().map(Kind::normal).toList());
      }
    }
  }

  private static final java.util.regex.Pattern TWO_LANGUAGES = java.util.regex.Pattern.compile(
      "\\s+[/|·–—-]\\s+|(?<=[^\\p{IsLatin}\\s])\\s+(?=\\p{IsLatin})"
          + "|(?<=\\p{IsLatin})\\s+(?=[^\\p{IsLatin}\\s\\p{P}])");
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}&']+");

  private static String normal(String s) {
    String lower = MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(lower).replaceAll(" ").strip();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static Map<String, String> titles(String... titles) {
    // The languages cvpress has labels for, in this order (a local: enum constants are made before statics).
    String[] langs = {"en", "de", "fr", "es", "pt", "ru", "zh", "ja", "ko", "ar", "fa", "he"};
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < titles.length; i++) m.put(langs[i], titles[i]);
    return m;
  }

  private static Map<String, String> labels(String label, String field) {
    return Map.of(label, field);
  }
}
