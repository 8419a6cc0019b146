package org.cairn.letters;

import java.util.List;
import java.util.Optional;
import org.cairn.letters.check.CheckResult;
import org.cairn.letters.layout.LetterLayout;

/**
 * A letter prepared but not yet printed or saved: the layout when every placeholder has a value, the names of
 * those that have none, and the outgoing-document check.
 */
public record LetterDraft(LetterRequest request, Optional<LetterLayout> layout, List<String> missing,
        CheckResult check) {
    public LetterDraft {
        missing = List.copyOf(missing);
        if (layout.isPresent() != missing.isEmpty()) {
            throw new IllegalArgumentException("a draft has a layout exactly when nothing is missing");
        }
    }

    /** True when the letter may be rendered, printed and saved now. */
    public boolean ready() {
        return layout.isPresent() && check.allowed();
    }
}
