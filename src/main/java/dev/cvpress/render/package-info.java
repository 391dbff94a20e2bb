/**
 * What the writers share, so that none of them depends on another: the words cvpress itself writes in the
 * document's language (dates in the house style, "Contact", "Page X of Y") and the outline a document offers.
 * A fact every output format needs lives here once; a writer's own choices stay in its package.
 */
package dev.cvpress.render;
