package dev.cvpress;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How to render, from {@code Options.builder().theme("classic").paper("letter").build()}. What is not set is the
 * front matter's, or the default: no extra style sheet, no tags chosen, no remote resources.
 */
public final class Options {
  // Read by the facade, in this package; set only by the builder.
  final String theme;
  final Path extraCss;
  final Map<String, String> set;
  final boolean allowRemote;
  final Long sourceDateEpoch;
  final Set<String> tags;
  final Set<String> excludeTags;
  final boolean pdfA;
  final boolean embedSource;
  final String lang;
  final boolean spelling;
  final boolean grammar;
  final Path jobAd;
  final String jobAdName;
  final byte[] jobAdText;
  final dev.cvpress.transform.Redaction.Mode redact;

  private Options(Builder b) {
    theme = b.theme;
    extraCss = b.extraCss;
    // In the order given, so that of two overrides of one option the same one wins on every run.
    set = Collections.unmodifiableMap(new LinkedHashMap<>(b.set));
    allowRemote = b.allowRemote;
    sourceDateEpoch = b.sourceDateEpoch;
    tags = Set.copyOf(b.tags);
    excludeTags = Set.copyOf(b.excludeTags);
    pdfA = b.pdfA;
    embedSource = b.embedSource;
    lang = b.lang;
    spelling = b.spelling;
    grammar = b.grammar;
    jobAd = b.jobAd;
    jobAdName = b.jobAdName;
    jobAdText = b.jobAdText;
    redact = b.redact;
  }

  /** The same options with nothing redacted: how a PDF made without {@code --redact} was rendered. */
  Options unredacted() {
    Builder b = new Builder();
    b.theme = theme;
    b.extraCss = extraCss;
    b.set.putAll(set);
    b.allowRemote = allowRemote;
    b.sourceDateEpoch = sourceDateEpoch;
    b.tags.addAll(tags);
    b.excludeTags.addAll(excludeTags);
    b.pdfA = pdfA;
    b.embedSource = embedSource;
    b.lang = lang;
    b.spelling = spelling;
    b.grammar = grammar;
    b.jobAd = jobAd;
    b.jobAdName = jobAdName;
    b.jobAdText = jobAdText;
    return new Options(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Options defaults() {
    return builder().build();
  }

  /** Sets options one at a time; {@link #build} may be called again after more are set. */
  public static final class Builder {
    private String theme;
    private Path extraCss;
    private final Map<String, String> set = new LinkedHashMap<>();
    private boolean allowRemote;
    private Long sourceDateEpoch;
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> excludeTags = new LinkedHashSet<>();
    private boolean pdfA;
    private boolean embedSource = true;
    private String lang;
    private boolean spelling;
    private boolean grammar = true;
    private Path jobAd;
    private String jobAdName;
    private byte[] jobAdText;
    private dev.cvpress.transform.Redaction.Mode redact;

    private Builder() {}

    /** Whether {@code check} looks for spelling mistakes (off unless asked for; the command line asks). */
    public Builder spelling(boolean on) {
      return with(() -> spelling = on);
    }

    /** Whether {@code check}, when it reads the prose (see {@link #spelling}), also looks for grammar slips (on). */
    public Builder grammar(boolean on) {
      grammar = on;
      return this;
    }

    /** A job ad (text, Markdown or HTML) whose terms {@code check} looks for in the résumé; null for none. */
    public Builder jobAd(Path posting) {
      return with(() -> jobAd = posting);
    }

    /** A job ad given as its content ({@code --job -}), called {@code name} in messages. */
    public Builder jobAd(String name, byte[] text) {
      jobAdName = name;
      jobAdText = text.clone();
      return this;
    }

    /** A built-in theme's name, or a .css file; it wins over the front matter's. */
    public Builder theme(String nameOrFile) {
      return with(() -> theme = nameOrFile);
    }

    /** A style sheet applied after the theme. */
    public Builder css(Path styleSheet) {
      return with(() -> extraCss = styleSheet);
    }

    /** {@code key=value} overrides of front matter ({@code name}) and style options ({@code style.paper}). */
    public Builder set(Map<String, String> overrides) {
      return with(() -> set.putAll(overrides));
    }

    public Builder paper(String size) {
      return style("paper", size);
    }

    /** A bundled family, or a TrueType file: an absolute path, or one in the résumé's folder. */
    public Builder font(String familyOrFile) {
      return style("font", familyOrFile);
    }

    /** Shrink type, leading and margins, within readable limits, until the résumé fits this many pages. */
    public Builder fitPages(Integer pages) {
      return style("fit-pages", pages == null ? null : pages.toString());
    }

    /** Let http(s) images and style sheets be fetched. */
    public Builder allowRemote(boolean allow) {
      return with(() -> allowRemote = allow);
    }

    /** The SOURCE_DATE_EPOCH of the environment: the PDF's date, in seconds; null for the front matter's. */
    public Builder sourceDateEpoch(Long seconds) {
      return with(() -> sourceDateEpoch = seconds);
    }

    /** Select content tagged with any of these; untagged content is always in. */
    public Builder tags(Collection<String> selected) {
      return with(() -> tags.addAll(selected));
    }

    public Builder excludeTags(Collection<String> excluded) {
      return with(() -> excludeTags.addAll(excluded));
    }

    /** Write PDF/A-2u (archival) on top of the tagged PDF; PDF/A-3u when it carries the résumé's source. */
    public Builder pdfA(boolean archival) {
      return with(() -> pdfA = archival);
    }

    /** Carry the résumé's source inside the PDF, as an embedded file (the default), or leave it out. */
    public Builder embedSource(boolean embed) {
      return with(() -> embedSource = embed);
    }

    /**
     * The language to render a résumé written in several ({@code de}): its content, front-matter values, labels and
     * dates in that language. Null for the front matter's {@code lang}.
     */
    public Builder lang(String language) {
      return with(() -> lang = language == null || language.isBlank() ? null : language.strip());
    }

    /**
     * Write a copy without personal data (the name as initials or a placeholder; no contacts but a city, photo or
     * profile links; no embedded source); null for the résumé as written.
     */
    public Builder redact(dev.cvpress.transform.Redaction.Mode mode) {
      return with(() -> redact = mode);
    }

    public Options build() {
      return new Options(this);
    }

    private Builder style(String key, String value) {
      if (value != null) set.put("style." + key, value);
      return this;
    }

    /** Every setter is one change and then the builder, for the next. */
    private Builder with(Runnable change) {
      change.run();
      return this;
    }
  }
}
