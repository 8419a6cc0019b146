package org.cairn.ui.common;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a translated bundle with the English one: the same keys, each value a valid ICU pattern with the same
 * arguments of the same kinds, and no key written twice. Returns what is wrong in words a translator can act on.
 */
public final class BundleCheck {
    private BundleCheck() {
    }

    /** Every problem of {@code translated} against {@code english}; empty when it is consistent. */
    public static List<String> problems(BundleFile english, BundleFile translated) {
        List<String> problems = new ArrayList<>(duplicates(translated));
        Set<String> missing = new TreeSet<>(english.values().keySet());
        missing.removeAll(translated.values().keySet());
        missing.forEach(key -> problems.add(translated.name() + ": " + key + " is missing"));
        Set<String> extra = new TreeSet<>(translated.values().keySet());
        extra.removeAll(english.values().keySet());
        extra.forEach(key -> problems.add(translated.name() + ": " + key + " is not in the English bundle"));
        for (Map.Entry<String, String> entry : translated.values().entrySet()) {
            String original = english.values().get(entry.getKey());
            if (original == null) {
                continue;
            }
            try {
                Map<String, String> wanted = arguments(original);
                Map<String, String> found = arguments(entry.getValue());
                if (!wanted.equals(found)) {
                    problems.add(translated.name() + ": " + entry.getKey() + " has arguments " + found
                            + " but the English has " + wanted);
                }
            } catch (IllegalArgumentException e) {
                problems.add(translated.name() + ": " + entry.getKey() + " is not a valid message pattern ("
                        + e.getMessage() + ")");
            }
        }
        return problems;
    }

    /** Keys written more than once in one file. */
    public static List<String> duplicates(BundleFile bundle) {
        Set<String> seen = new HashSet<>();
        return bundle.keysInOrder().stream().filter(key -> !seen.add(key)).distinct()
                .map(key -> bundle.name() + ": " + key + " is written more than once").toList();
    }

    /**
     * The arguments of a pattern and their kinds: {@code none} ({0}), a simple type with its style
     * ({@code number/integer}, {@code date/short}), or {@code plural}, {@code select}, {@code selectordinal},
     * {@code choice}. An argument used twice must have one kind.
     *
     * @throws IllegalArgumentException when the text is not a valid ICU message pattern
     */
    public static Map<String, String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, String> kinds = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = parsed.getSubstring(parsed.getPart(i + 1));
            String kind = kind(parsed, i, part.getArgType());
            String before = kinds.putIfAbsent(name, kind);
            if (before != null && !before.equals(kind) && !"none".equals(before) && !"none".equals(kind)) {
                throw new IllegalArgumentException("argument " + name + " is used as " + before + " and as " + kind);
            }
            if ("none".equals(before)) {
                kinds.put(name, kind);
            }
        }
        return kinds;
    }

    private static String kind(MessagePattern parsed, int start, MessagePattern.ArgType type) {
        if (type == MessagePattern.ArgType.NONE) {
            return "none";
        }
        if (type == MessagePattern.ArgType.SIMPLE) {
            String simple = parsed.getSubstring(parsed.getPart(start + 2));
            MessagePattern.Part next = parsed.getPart(start + 3);
            String style = next.getType() == MessagePattern.Part.Type.ARG_STYLE ? "/" + parsed.getSubstring(next).strip()
                    : "";
            return simple + style;
        }
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
