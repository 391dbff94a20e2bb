/** LanguageTool's grammar checking for the languages `cvpress check` reads, with the rules that matter on a résumé; LanguageTool stays here. */
package dev.cvpress.check.grammar;
