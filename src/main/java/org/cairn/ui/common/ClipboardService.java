package org.cairn.ui.common;

/** The system clipboard, remembering whether the text now on it came from Cairn. */
public interface ClipboardService {
    void copy(String text);

    /** Empties the clipboard if what is on it is what Cairn put there. */
    void clearIfOurs();

    /** Called regularly; clears what Cairn copied once it has been there long enough. */
    default void expire() {
    }
}
