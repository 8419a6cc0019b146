package org.cairn.letters.pdf;

/** Size and weight of a run of text, in points. */
record Style(float size, boolean bold, boolean italic) {

    Style withFlags(boolean b, boolean i) {
        return new Style(size, bold || b, italic || i);
    }
}
