/**
 * The résumé or cover letter as a Word document (.docx), written with Apache POI in the theme's fonts, sizes, colours,
 * paper and margins.
 */
package dev.cvpress.render.docx;
