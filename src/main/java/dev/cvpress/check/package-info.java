/** What {@code cvpress check} reports: rules over the model and the laid-out PDF, and where the résumé names things. */
package dev.cvpress.check;
