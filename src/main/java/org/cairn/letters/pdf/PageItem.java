package org.cairn.letters.pdf;

/** Something placed on a page, in PDF points from the bottom-left corner. */
sealed interface PageItem {

    record TextLine(Line line, float left, float baseline) implements PageItem {
    }

    record Logo(float x, float y, float width, float height) implements PageItem {
    }

    record Rule(float x1, float x2, float y) implements PageItem {
    }
}
