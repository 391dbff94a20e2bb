package dev.cvpress.model;

/** A node of the body tree: a block, or an item of a list. What a walk over the model visits; see {@link Nodes}. */
public sealed interface Node permits Block, Block.ListItem {
  SourcePos pos();
}
