package org.cairn.letters.fill;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairn.letters.layout.Block;

/**
 * A letter body with every placeholder filled in.
 *
 * @param subject the text of a level-1 heading that opens the body, taken out of the blocks to be the letter's
 *     subject line; empty when the body does not open with one
 * @param used every placeholder the body uses, in order of first use, whether or not it had a value
 * @param missing placeholders with no value (the letter cannot be made until they have one), in order of first use
 */
public record FilledBody(Optional<String> subject, List<Block> blocks, List<String> used, List<String> missing) {
    public FilledBody {
        blocks = List.copyOf(blocks);
        used = List.copyOf(used);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The placeholders that carry a value into the letter (used and not missing). */
    public List<String> carried() {
        Set<String> absent = Set.copyOf(missing);
        return used.stream().filter(name -> !absent.contains(name)).toList();
    }
}
