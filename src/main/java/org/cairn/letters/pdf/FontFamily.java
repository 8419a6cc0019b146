package org.cairn.letters.pdf;

/** The four styles of one font; a style the family lacks falls back to the nearest one it has. */
record FontFamily(FontSource regular, FontSource bold, FontSource italic, FontSource boldItalic) {

    FontSource style(boolean wantBold, boolean wantItalic) {
        if (wantBold && wantItalic) {
            return boldItalic != null ? boldItalic : bold != null ? bold : italic != null ? italic : regular;
        }
        if (wantBold) {
            return bold != null ? bold : regular;
        }
        if (wantItalic) {
            return italic != null ? italic : regular;
        }
        return regular;
    }
}
