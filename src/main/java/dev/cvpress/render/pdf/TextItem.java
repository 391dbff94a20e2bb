package dev.cvpress.render.pdf;

/**
 * A run of text as a PDF parser sees it: drawn in one font at one size on one baseline, with where it is.
 *
 * @param page the page, counted from 1
 * @param x where the run starts, in points from the page's left edge
 * @param y the run's baseline, in points from the page's top edge
 * @param end where the run ends, in points from the page's left edge
 * @param size the font size in points
 * @param bold whether the font is a bold (or heavier) face
 */
public record TextItem(int page, float x, float y, float end, float size, boolean bold, String text) {}
