/** The spelling dictionaries `cvpress check` reads (LanguageTool's, through its morfologik speller) and the words a résumé may use that no dictionary holds. */
package dev.cvpress.check.spelling;
