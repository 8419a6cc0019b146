package org.cairn.templates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enum constants as they are written in template files: lower case with hyphens (REQUIRES_OISC → requires-oisc). */
final class Tokens {
    private Tokens() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String token) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(token)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** "a, b or c", for messages that say which values are allowed. */
    static <E extends Enum<E>> String choices(Class<E> type) {
        String[] all = Arrays.stream(type.getEnumConstants()).map(Tokens::of).toArray(String[]::new);
        return oneOf(all);
    }

    static String oneOf(String... values) {
        if (values.length == 1) {
            return values[0];
        }
        return Arrays.stream(values, 0, values.length - 1).collect(Collectors.joining(", "))
                + " or " + values[values.length - 1];
    }
}
