package org.cairn.letters.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a letter's structure (PDF/UA tagging): a standard structure type ("P", "H1", "L", "LI", "Lbl",
 * "LBody"), its parent, and its child elements in reading order. Text lines point at the element they belong
 * to; {@link StructureTree} turns the elements and the text drawn for them into the PDF's structure tree.
 */
final class Tag {

    private final String type;
    private final Tag parent;
    private final List<Tag> children = new ArrayList<>();

    private Tag(String type, Tag parent) {
        this.type = type;
        this.parent = parent;
    }

    /** The root of a letter: a Document element. */
    static Tag document() {
        return new Tag("Document", null);
    }

    /** A new child element of this one, after the children it already has. */
    Tag add(String childType) {
        Tag child = new Tag(childType, this);
        children.add(child);
        return child;
    }

    String type() {
        return type;
    }

    Tag parent() {
        return parent;
    }

    List<Tag> children() {
        return children;
    }
}
