package dev.cvpress.formats.jsonresume;

/**
 * An education entry's title and JSON Resume's two fields for it: {@code studyType} ("Bachelor") and {@code area}
 * ("Information Technology") are written {@code Bachelor in Information Technology}; a title without " in " is the
 * area alone ("M.Sc. Computer Science").
 */
final class Education {
  private Education() {}

  private static final String JOIN = " in ";

  static String degree(String studyType, String area) {
    if (studyType != null && area != null) return studyType + JOIN + area;
    return area != null ? area : studyType;
  }

  /** {studyType, area}; either may be null. */
  static String[] split(String title) {
    if (title == null) return new String[] {null, null};
    int at = title.indexOf(JOIN);
    if (at > 0 && at + JOIN.length() < title.length()) {
      return new String[] {title.substring(0, at), title.substring(at + JOIN.length())};
    }
    return new String[] {null, title};
  }
}
