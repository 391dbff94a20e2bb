package dev.cvpress.diag;

/**
 * What kind of problem a diagnostic reports, whatever its words: what code (and tests) decide on. The message is
 * for people and may change; a code stays.
 */
public enum Code {
  // ---- reading files ----
  /** A file named on the command line, in a manifest, or by the résumé (a theme, a font) is not there. */
  FILE_NOT_FOUND,
  /** A folder, a pipe, a device or a kernel file where a regular file belongs. */
  NOT_A_REGULAR_FILE,
  /** A file that exists but cannot be read (permissions, an I/O error). */
  UNREADABLE_FILE,
  /** A file larger than cvpress reads for its kind. */
  FILE_TOO_LARGE,
  /** A Markdown file with nothing in it. */
  EMPTY_FILE,
  /** Text in an encoding other than UTF-8, or invalid UTF-8. */
  NOT_UTF8,
  /** Binary data (a PDF, an image) where Markdown belongs. */
  BINARY_FILE,
  /** A path that leads out of the folder it must stay in: the résumé's, or a manifest's. */
  OUTSIDE_FOLDER,
  /** A web address, not read because --allow-remote was not given. */
  REMOTE_NOT_ALLOWED,
  /** An address that is not a file at all (another scheme). */
  NOT_A_FILE,
  /** A PDF that carries no résumé source to extract. */
  NO_EMBEDDED_SOURCE,

  // ---- the Markdown and its front matter ----
  /** The input passes one of the limits that keep cvpress fast on any file (lengths, counts, runs). */
  LIMIT_EXCEEDED,
  /** Lists, quotes or emphasis nested too deeply to read or to lay out. */
  NESTED_TOO_DEEPLY,
  /** Front matter that is not valid YAML, TOML or JSON, not a map, or not closed. */
  FRONT_MATTER_INVALID,
  /** A front-matter value of the wrong shape, left out. */
  FRONT_MATTER_VALUE_IGNORED,
  /** A front-matter key cvpress does not read. */
  UNKNOWN_FRONT_MATTER_KEY,
  /** A site generator's shortcode or Liquid tag, taken out. */
  SHORTCODE_REMOVED,
  /** A footnote reference to a note that is not defined, left out. */
  FOOTNOTE_UNDEFINED,
  /** A footnote that nothing refers to (or a second definition of a label), left out. */
  FOOTNOTE_UNUSED,

  // ---- other résumé formats (JSON Resume) ----
  /** A JSON file that does not parse. */
  JSON_SYNTAX,
  /** A JSON Resume value of the wrong kind: an object where a list belongs, a number where text does. */
  JSON_RESUME_INVALID,
  /** A JSON Resume value read other than as written: a date not in ISO form, an address that is not one. */
  JSON_RESUME_VALUE,
  /** A field that one format holds and the other has no place for: kept aside and reported, never dropped. */
  FIELD_KEPT_ASIDE,
  /** A field kept aside whose surroundings were edited since, so that it no longer applies: left out. */
  KEPT_FIELD_STALE,
  /** A converted résumé that does not come back exactly when converted again. */
  NOT_EXACT,
  /** A JSON Resume file that the official schema does not accept. */
  SCHEMA_MISMATCH,
  /** A RenderCV file that cannot be read: not YAML, no {@code cv:}, a value of the wrong kind, an unknown entry. */
  RENDERCV_INVALID,
  /** A LinkedIn data export that cannot be read: not a zip, no Profile.csv, a CSV that does not parse, too large. */
  LINKEDIN_EXPORT_INVALID,
  /** A value of another format that cvpress has no place for, or reads other than as written: reported. */
  FIELD_NOT_CARRIED,

  // ---- style ----
  /** A {@code style:} key that is no style option. */
  UNKNOWN_STYLE_OPTION,
  /** A style option's value that is not one it takes. */
  BAD_STYLE_VALUE,
  /** {@code hide} or {@code section-order} names a section the résumé does not have. */
  UNKNOWN_SECTION,
  /** A theme that is neither built in nor a .css file. */
  UNKNOWN_THEME,

  // ---- what the PDF could not take ----
  /** An image the résumé shows is not there. */
  IMAGE_NOT_FOUND,
  /** An image that is there but cannot be drawn (broken, or not a picture). */
  IMAGE_UNUSABLE,
  /** A resource the PDF engine could not read. */
  RESOURCE_UNREADABLE,
  /** A font file that cannot be embedded (not TrueType). */
  FONT_UNUSABLE,
  /** A character no available font can draw. */
  MISSING_GLYPH,
  /** A link whose target the PDF and the web page do not keep: its text stays, unlinked. */
  LINK_NOT_KEPT,
  /** The document would be longer than any résumé. */
  TOO_MANY_PAGES,
  /** The PDF (or its page images) could not be made. */
  RENDER_FAILED,

  // ---- what `check` finds ----
  /** The résumé has no name. */
  NO_NAME,
  /** The résumé has neither an email address nor a phone number. */
  NO_CONTACT,
  /** An email address mail cannot reach: no {@code @}, nothing before it, or no domain after it. */
  EMAIL_INVALID,
  /** A section with a heading and nothing under it. */
  EMPTY_SECTION,
  /** A date range cvpress cannot read. */
  UNREADABLE_DATES,
  /** A date range that ends before it starts. */
  DATES_REVERSED,
  /** Entries not in reverse chronological order. */
  DATES_OUT_OF_ORDER,
  /** An entry whose dates overlap those of the entry above it. */
  DATES_OVERLAP,
  /** An image without alternative text. */
  IMAGE_WITHOUT_ALT,
  /** A relative link to a file that is not there. */
  BROKEN_LINK,
  /** More pages than the limit asked for. */
  PAGE_LIMIT,
  /** The résumé does not fit the pages asked for, even at the smallest readable size. */
  DOES_NOT_FIT,
  /** The PDF's text cannot be read back. */
  PDF_TEXT_UNREADABLE,
  /** The PDF's text holds ligature characters, which searches for the letters miss. */
  LIGATURES_IN_TEXT,
  /** The PDF's text holds an icon's private-use character. */
  ICON_IN_TEXT,
  /** Text read back from the PDF loses a word, or has it out of order. */
  TEXT_LOST,
  /** A résumé parser reading the PDF would not find the person's name. */
  PARSED_NAME_LOST,
  /** A résumé parser reading the PDF would not find the e-mail address. */
  PARSED_EMAIL_LOST,
  /** A résumé parser reading the PDF would not find an entry's dates. */
  PARSED_DATES_LOST,
  /** A committed PDF that is not the current output of its résumé. */
  COMMITTED_PDF_STALE,
  /** A cover letter without a recipient, a date or a salutation. */
  LETTER_INCOMPLETE,
  /** A cover letter's date that cannot be read as a day. */
  LETTER_DATE_UNREADABLE,
  /** A cover letter that runs past one page. */
  LETTER_TOO_LONG,
  /** The résumé a cover letter names is missing, outside its folder or unreadable. */
  LETTER_RESUME_UNUSABLE,
  /** A file given as a PDF ({@code check --pdf}) that is none. */
  NOT_A_PDF,
  /** A résumé or a cover letter given to {@code build}, which reads a manifest. */
  NOT_A_MANIFEST,
  /** A cover letter given to {@code convert}, which converts résumés. */
  LETTER_NOT_CONVERTED,
  /** Content marked with a language ({@code {lang=…}}) the front matter's {@code lang} and {@code languages} lack. */
  LANGUAGE_NOT_DECLARED,
  /** A language asked for ({@code --lang}) that nothing in the résumé or cover letter is written in. */
  LANGUAGE_NOT_IN_SOURCE,
  /** One language lacks what another has: a front-matter value given per language, or an entry. */
  LANGUAGE_MISSING,
  /** A word the dictionary of the résumé's language does not hold, and nothing says is a name. */
  POSSIBLE_TYPO,
  /** A redacted PDF that still holds a trace of the person: a word of the name, a handle, an address. */
  REDACTION_LEAK,
  /** A word written twice in a row ("the the"). */
  REPEATED_WORD,
  /** "a" before a vowel sound or "an" before a consonant sound, in English ("a hour", "an user"). */
  WRONG_ARTICLE,
  /** Two punctuation marks where one belongs (",,", "e.g..", ",."). */
  DOUBLED_PUNCTUATION,
  /** A space before a comma or a full stop. */
  SPACE_BEFORE_PUNCTUATION,
  /** No space after a comma or a full stop between two words ("done,and", "finished.Then"). */
  NO_SPACE_AFTER_PUNCTUATION,
  /** A grammar error LanguageTool finds: agreement, a verb form, a missing or extra word. */
  GRAMMAR,
  /** A word that is right elsewhere and wrong here, as LanguageTool finds it ("their"/"there"). */
  CONFUSED_WORD,
  /** A punctuation error by the language's rules, as LanguageTool finds it (a missing comma in German). */
  PUNCTUATION,

  // ---- outputs and the command line ----
  /** An output that would replace an input (the résumé, or an image it shows). */
  OUTPUT_OVERWRITES_INPUT,
  /** Two outputs of one run with the same file name. */
  OUTPUT_COLLISION,
  /** A file that exists and is not replaced without --force. */
  OUTPUT_EXISTS,
  /** An output that could not be written. */
  OUTPUT_FAILED,
  /** A manifest that is not what cvpress reads. */
  MANIFEST_INVALID,
  /** An output key a manifest does not take. */
  UNKNOWN_MANIFEST_KEY,
  /** An output format cvpress does not write. */
  UNKNOWN_FORMAT,
  /** A tag asked for (--tags, --exclude-tags, a manifest's tags) that no content of the résumé carries. */
  UNKNOWN_TAG,
  /** A {placeholder} in a manifest's output name that cvpress does not fill in. */
  UNKNOWN_PLACEHOLDER,
  /** A file pattern that does not parse. */
  BAD_PATTERN,
  /** A file pattern that matches no file. */
  NO_MATCH,
  /** A bug in cvpress, not a problem in the input. */
  INTERNAL_ERROR,
  /** How many more diagnostics of one kind were left out after the first few. */
  MORE_OF_A_KIND
}
