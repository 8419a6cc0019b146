package org.cairn.templates;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for misspelt names: the closest known name within a small edit distance. */
final class Suggestions {
    private static final int MAX_DISTANCE = 3;
    private static final int MAX_LENGTH = 64;

    private Suggestions() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        if (typed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : known) {
            int distance = distance(typed.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(s -> " Did you mean " + s + "?").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
