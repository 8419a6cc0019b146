package org.cairn.casebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a coded task title in one text column: each written as its length in UTF-16 units, a colon and
 * the text itself, so any text (colons, digits, control characters) goes in and comes back unchanged.
 */
public final class TaskTitleArgs {
    private TaskTitleArgs() {
    }

    static String encode(List<String> args) {
        if (args.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String arg : args) {
            out.append(arg.length()).append(':').append(arg);
        }
        return out.toString();
    }

    /** The arguments, or an empty list for a column that is null or not in this form (never an exception). */
    public static List<String> decode(String stored) {
        List<String> args = new ArrayList<>();
        if (stored == null) {
            return args;
        }
        int at = 0;
        while (at < stored.length()) {
            int colon = stored.indexOf(':', at);
            if (colon <= at || colon - at > 9 || !digits(stored.substring(at, colon))) {
                return List.of();
            }
            int length = Integer.parseInt(stored.substring(at, colon));
            if (length > stored.length() - colon - 1) {
                return List.of();
            }
            args.add(stored.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        return args;
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
