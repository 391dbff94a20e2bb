package dev.cvpress.render.html;

import dev.cvpress.model.Contact;

/** Font Awesome 6 code points for contact kinds; the theme CSS picks the solid or brands face per kind. */
final class Icons {
  private Icons() {}

  static String glyph(Contact.Kind kind) {
    return switch (kind) {
      case EMAIL -> "\uf0e0"; // envelope
      case PHONE -> "\uf095"; // phone
      case LOCATION -> "\uf3c5"; // location-dot
      case WEBSITE -> "\uf0ac"; // globe
      case GITHUB -> "\uf09b"; // github (brands)
      case LINKEDIN -> "\uf0e1"; // linkedin-in (brands)
      case OTHER -> "\uf0c1"; // link
    };
  }
}
