/** The résumé as a Word document (.docx), written with Apache POI in the theme's sizes, colours, paper and margins. */
package dev.cvpress.render.docx;
