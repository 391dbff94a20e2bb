package dev.cvpress.render.html;

import dev.cvpress.model.Contact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The header's contacts as a typesetter would set them: e-mail, phone and place first, then the links, each item
 * whole. When they do not fit one line, they are broken between the two groups, never inside an item, and a group
 * too long for a line is shared out over as few, evenly filled lines as it needs; so no line starts with a divider
 * and no line holds a lone straggler.
 */
public final class ContactRows {
  private ContactRows() {}

  /**
   * The contacts in the order every layout sets them (a contact line, or a sidebar's list): what a reader, and an
   * extractor, meets first.
   */
  public static List<Contact> inReadingOrder(List<Contact> contacts) {
    return of(contacts, 0).get(0);
  }

  /** The text a contact shows: a link's address without its scheme, anything else as written. */
  public static String shown(Contact c) {
    return c.url() != null && Links.allowed(c.url()) ? Links.shown(c.label()) : c.label();
  }

  /** What an icon and the gap with its divider take, in characters of the label's size. */
  private static final int ITEM_EXTRA = 3;

  /**
   * The contacts in reading order, in rows of at most {@code budget} characters ({@code 0}: one row however long).
   * Kinds keep the author's order among themselves.
   */
  static List<List<Contact>> of(List<Contact> contacts, int budget) {
    List<Contact> ordered = contacts.stream().sorted(Comparator.comparingInt(c -> c.kind().ordinal())).toList();
    if (ordered.isEmpty()) return List.of(ordered);
    if (budget <= 0 || width(ordered) <= budget) return List.of(ordered);
    List<List<Contact>> rows = new ArrayList<>();
    List<Contact> details = ordered.stream().filter(ContactRows::detail).toList();
    List<Contact> links = ordered.stream().filter(c -> !detail(c)).toList();
    for (List<Contact> group : List.of(details, links)) if (!group.isEmpty()) rows.addAll(balanced(group, budget));
    return rows;
  }

  private static boolean detail(Contact c) {
    return c.kind() == Contact.Kind.EMAIL || c.kind() == Contact.Kind.PHONE || c.kind() == Contact.Kind.LOCATION;
  }

  /** The fewest rows of consecutive items that each fit, and of those splits the one whose longest row is least. */
  private static List<List<Contact>> balanced(List<Contact> group, int budget) {
    for (int rows = 1; rows < group.size(); rows++) {
      List<List<Contact>> best = best(group, rows);
      if (best.stream().allMatch(r -> width(r) <= budget)) return best;
    }
    return group.stream().map(List::of).toList();
  }

  /** The split of {@code items} into {@code rows} consecutive rows with the shortest longest row. */
  private static List<List<Contact>> best(List<Contact> items, int rows) {
    if (rows == 1) return List.of(items);
    List<List<Contact>> best = null;
    int bestWidth = Integer.MAX_VALUE;
    for (int cut = 1; cut <= items.size() - rows + 1; cut++) {
      List<List<Contact>> rest = best(items.subList(cut, items.size()), rows - 1);
      int widest = Math.max(width(items.subList(0, cut)), rest.stream().mapToInt(ContactRows::width).max().orElse(0));
      if (widest < bestWidth) {
        bestWidth = widest;
        best = new ArrayList<>();
        best.add(items.subList(0, cut));
        best.addAll(rest);
      }
    }
    return best;
  }

  private static int width(List<Contact> row) {
    return row.stream().mapToInt(c -> Links.shown(c.label()).codePointCount(0, Links.shown(c.label()).length())
        + ITEM_EXTRA).sum();
  }
}
