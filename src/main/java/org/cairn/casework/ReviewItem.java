package org.cairn.casework;

import java.util.Optional;
import org.cairn.casebook.ReviewMark;

/**
 * A piece of third-party data in a client's copy and what was decided about it.
 *
 * @param item its stable name, such as {@code abuser:12} or {@code note:40}
 * @param section where it sits in her copy
 * @param mark the decision, or empty while the item waits for one
 */
public record ReviewItem(String item, ThirdParty kind, String section, Optional<ReviewMark> mark) {
    public boolean decided() {
        return mark.isPresent();
    }
}
