package dev.cvpress.parse;

import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import com.vladsch.flexmark.ext.emoji.internal.EmojiShortcuts;

/**
 * Emoji shortcodes ({@code :rocket:}) to the characters they name, from flexmark's GitHub emoji table. A
 * shortcode with no Unicode character (GitHub's {@code :octocat:}) or none at all ({@code :10:30:}) stays text.
 */
final class Emojis {
  private Emojis() {}

  static String unicode(String shortcut) {
    EmojiReference.Emoji emoji = EmojiShortcuts.getEmojiFromShortcut(shortcut);
    if (emoji == null) return ":" + shortcut + ":";
    String chars = EmojiShortcuts.getUnicodeChars(emoji);
    return chars == null || chars.isBlank() ? ":" + shortcut + ":" : chars;
  }
}
