package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;

class TypedTextDirectionTest {
    @Test
    void theFirstStrongLetterDecides() {
        assertThat(TypedTextDirection.forText("Farzana M.")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(TypedTextDirection.forText("\u0641\u0631\u0632\u0627\u0646\u06c1 (Farzana)"))
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(TypedTextDirection.forText("\u05e9\u05dc\u05d5\u05dd")).as("Hebrew")
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(TypedTextDirection.forText("C-2026-0001")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(TypedTextDirection.forText("07700 900 123, \u0645\u0646\u0632\u0644"))
                .as("digits first, then Urdu").isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void noStrongLetterKeepsTheWindowsDirection() {
        assertThat(TypedTextDirection.forText("")).isEqualTo(NodeOrientation.INHERIT);
        assertThat(TypedTextDirection.forText(null)).isEqualTo(NodeOrientation.INHERIT);
        assertThat(TypedTextDirection.forText("0123 - 45")).isEqualTo(NodeOrientation.INHERIT);
        // Overrides and isolates are not strong characters, so they alone decide nothing ...
        assertThat(TypedTextDirection.forText("\u202e\u2066\u2069")).isEqualTo(NodeOrientation.INHERIT);
        // ... but a right-to-left mark is one, as in the Unicode bidi algorithm's own rule for a paragraph.
        assertThat(TypedTextDirection.forText("\u200fFarzana")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void lettersOutsideTheBasicPlaneAreReadWhole() {
        // Adlam (U+1E900), written right to left, is outside the basic plane.
        assertThat(TypedTextDirection.forText("\ud83a\udd00")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(TypedTextDirection.forText("\ud835\udc00")).as("mathematical bold A").isEqualTo(
                NodeOrientation.LEFT_TO_RIGHT);
    }
}
