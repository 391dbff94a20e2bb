package dev.cvpress.model;

import java.util.List;
import java.util.Set;

/**
 * A job, a degree, a project: a heading with optional organisation, link, dates and a role line.
 *
 * @param title what the entry is (a job title, a degree); null when the heading names only the org
 * @param org the organisation; null when the heading has no separate org
 * @param url where the org (or title) links to; may be null
 * @param location where it happened; may be null
 * @param role the italic line under the heading; may be null
 * @param dates the date range taken from the heading; may be null
 */
public record Entry(
    String title,
    String org,
    String url,
    String location,
    String role,
    DateRange dates,
    Set<String> tags,
    List<Block> body,
    SourcePos pos)
    implements Block {
  public Entry {
    if (title == null && org == null) throw new IllegalArgumentException("an entry needs a title or an org");
    tags = Set.copyOf(tags);
    body = List.copyOf(body);
  }

  /** The main line: the title, or the org when there is no title. */
  public String heading() {
    return title != null ? title : org;
  }
}
