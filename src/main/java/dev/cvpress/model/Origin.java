package dev.cvpress.model;

/**
 * Where a setting was given. The résumé's own front matter may only reach into its folder; what the person running
 * cvpress typed on the command line may name any file (a font in their home folder, say).
 */
public enum Origin {
  FRONT_MATTER,
  COMMAND_LINE
}
