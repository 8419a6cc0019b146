package org.cairn.ui.letter;

import java.awt.image.BufferedImage;
import java.util.List;
import org.cairn.letters.LetterDraft;

/** A draft with its PDF and page images (both empty while values are missing). */
record PreparedLetter(LetterDraft draft, byte[] pdf, List<BufferedImage> pages) {
}
