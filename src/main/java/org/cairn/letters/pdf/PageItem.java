package org.cairn.letters.pdf;

/** Something placed on a page, in PDF points from the bottom-left corner. */
sealed interface PageItem {

    /** A line of text; {@code tag} is the structure element it belongs to, null for a page label (an artefact). */
    record TextLine(Line line, float left, float baseline, Tag tag) implements PageItem {
    }

    record Logo(float x, float y, float width, float height) implements PageItem {
    }

    record Rule(float x1, float x2, float y) implements PageItem {
    }
}
