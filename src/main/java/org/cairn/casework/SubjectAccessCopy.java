package org.cairn.casework;

import java.util.List;
import org.cairn.casebook.SubjectAccessRequest;

/**
 * Everything held about one client, with the third-party items of her copy and the request it answers.
 *
 * @param records every value, in the order her copy lists them
 * @param items every piece of third-party data, decided or not
 */
public record SubjectAccessCopy(long clientId, SubjectAccessRequest request, List<HeldRecord> records,
        List<ReviewItem> items) {
    public SubjectAccessCopy {
        records = List.copyOf(records);
        items = List.copyOf(items);
    }

    /** The items still waiting for a decision. */
    public List<ReviewItem> remaining() {
        return items.stream().filter(i -> !i.decided()).toList();
    }
}
