package dev.cvpress.parse;

import dev.cvpress.model.Block;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An entry still taking body blocks; becomes an {@link Entry} when its section is built. */
final class OpenEntry {
  final EntryHeading heading;
  final SourcePos pos;
  final Set<String> tags;
  final List<Block> body = new ArrayList<>();
  /** The italic line right under the heading, when there is one. */
  String role;

  OpenEntry(EntryHeading heading, SourcePos pos, Set<String> tags) {
    this.heading = heading;
    this.pos = pos;
    this.tags = tags;
  }

  DateRange dates() {
    return heading.dates();
  }

  Entry build() {
    return new Entry(heading.title(), heading.org(), heading.url(), heading.location(), role, heading.dates(), tags, body, pos);
  }
}
