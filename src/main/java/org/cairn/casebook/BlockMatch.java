package org.cairn.casebook;

import java.util.Objects;
import org.cairn.names.NameMatch;

/**
 * How closely a recipient matches someone who must never receive anything about a client.
 *
 * @param strength {@link NameMatch#SAME} blocks outright; {@link NameMatch#CONTAINS_EVERY_WORD} (a title, an
 *     initial or a middle name added) blocks unless the advocate confirms, with a reason, that it is someone else
 * @param source where the match came from, or null when nothing matched
 */
public record BlockMatch(NameMatch strength, BlockSource source) {
    public static final BlockMatch NONE = new BlockMatch(NameMatch.DIFFERENT, null);

    public BlockMatch {
        Objects.requireNonNull(strength, "strength");
        if ((source == null) != (strength == NameMatch.DIFFERENT)) {
            throw new IllegalArgumentException("a match, and only a match, has a source");
        }
    }

    public boolean blocks() {
        return strength == NameMatch.SAME;
    }

    public boolean resembles() {
        return strength == NameMatch.CONTAINS_EVERY_WORD;
    }

    /** The stronger of two matches; the earlier wins a tie, so the never-contact list is named first. */
    BlockMatch or(BlockMatch other) {
        return other.strength.ordinal() > strength.ordinal() ? other : this;
    }
}
