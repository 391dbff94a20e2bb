/** Model to model: the variant a set of tags selects, and the sections hidden or reordered by style options. */
package dev.cvpress.transform;
