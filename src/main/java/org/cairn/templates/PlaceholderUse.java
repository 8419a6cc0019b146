package org.cairn.templates;

/** Where a body uses a known placeholder. */
record PlaceholderUse(PlaceholderDefinition definition, int line, int column) {
}
