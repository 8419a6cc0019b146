package org.cairn.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates spellings of a name that a reader of the printed page would take for the same name: other spaces,
 * invisible characters, case, letters from other scripts that look the same, typographic punctuation. With
 * {@code decorated}, a title, an initial or a middle name is added as well. Seeded, so a failure can be replayed.
 */
public final class LookAlikes {
    private static final int[] SPACES = {0x00A0, 0x2009, 0x202F, 0x3000, 0x2002, 0x205F, 0x1680, 0x2003, '\t'};
    private static final int[] INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F,
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFE0F, 0xFE00, 0x034F, 0x061C};
    private static final int[] APOSTROPHES = {0x2019, 0x2018, 0x02BC, 0x2032, 0xFF07};
    private static final int[] DASHES = {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D};
    private static final Map<Character, String> CONFUSABLE = Map.ofEntries(
            Map.entry('a', "\u0430"), Map.entry('c', "\u0441"), Map.entry('e', "\u0435"),
            Map.entry('o', "\u043E\u03BF"), Map.entry('p', "\u0440"), Map.entry('x', "\u0445"),
            Map.entry('y', "\u0443"), Map.entry('i', "\u0456"), Map.entry('j', "\u0458"), Map.entry('s', "\u0455"),
            Map.entry('h', "\u04BB"), Map.entry('A', "\u0410\u0391"), Map.entry('B', "\u0412\u0392"),
            Map.entry('C', "\u0421"), Map.entry('E', "\u0415\u0395"), Map.entry('H', "\u041D\u0397"),
            Map.entry('I', "\u0406\u0399"), Map.entry('J', "\u0408"), Map.entry('K', "\u041A\u039A"),
            Map.entry('M', "\u041C\u039C"), Map.entry('N', "\u039D"), Map.entry('O', "\u041E\u039F"),
            Map.entry('P', "\u0420\u03A1"), Map.entry('S', "\u0405"), Map.entry('T', "\u0422\u03A4"),
            Map.entry('X', "\u0425\u03A7"), Map.entry('Z', "\u0396"));
    private static final List<String> TITLES = List.of("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mr. ", "Mx ");
    private static final List<String> MIDDLES = List.of("A.", "J", "Maria", "K.", "Lee");

    private final Random random;

    public LookAlikes(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} spellings read as exactly {@code name}. */
    public List<String> same(String name, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(disguise(name, i));
        }
        return out;
    }

    /** {@code count} spellings of {@code name} with a title, initial or middle name added, then disguised. */
    public List<String> decorated(String name, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(disguise(decorate(name), i));
        }
        return out;
    }

    private String decorate(String name) {
        String[] words = name.split(" ");
        return switch (random.nextInt(3)) {
            case 0 -> TITLES.get(random.nextInt(TITLES.size())) + name;
            case 1 -> words.length < 2 ? name + " " + MIDDLES.get(random.nextInt(MIDDLES.size()))
                    : words[0] + " " + MIDDLES.get(random.nextInt(MIDDLES.size())) + " "
                            + String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
            default -> TITLES.get(random.nextInt(TITLES.size())) + name + " " + MIDDLES.get(random.nextInt(2));
        };
    }

    /**
     * One kind of change chosen by {@code round} (so each kind is covered), and each other kind at random, in the
     * order a disguise would be made: case first (a small Cyrillic letter made from a capital look-alike is no
     * longer a look-alike), then letters, then punctuation, spaces and invisible characters.
     */
    private String disguise(String name, int round) {
        String text = name;
        for (int kind = 0; kind < 6; kind++) {
            if (kind == round % 6 || random.nextInt(3) == 0) {
                text = apply(text, kind);
            }
        }
        return text;
    }

    private String apply(String text, int kind) {
        return switch (kind) {
            case 0 -> changeCase(text);
            case 1 -> widen(text);
            case 2 -> confuse(text);
            case 3 -> typographic(text);
            case 4 -> respace(text);
            default -> hide(text);
        };
    }

    private String changeCase(String text) {
        return switch (random.nextInt(3)) {
            case 0 -> text.toUpperCase(java.util.Locale.ROOT);
            case 1 -> text.toLowerCase(java.util.Locale.ROOT);
            default -> {
                StringBuilder out = new StringBuilder();
                text.codePoints().forEach(cp -> out.appendCodePoint(random.nextBoolean() ? Character.toUpperCase(cp)
                        : Character.toLowerCase(cp)));
                yield out.toString();
            }
        };
    }

    private String respace(String text) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? " " : "");
        text.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.appendCodePoint(SPACES[random.nextInt(SPACES.length)]);
                if (random.nextBoolean()) {
                    out.append(' ');
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(random.nextBoolean() ? "\u00A0" : "").toString();
    }

    private String hide(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            out.appendCodePoint(cp);
            if (random.nextInt(3) == 0) {
                out.appendCodePoint(INVISIBLE[random.nextInt(INVISIBLE.length)]);
            }
        });
        return out.toString();
    }

    private String confuse(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String options = CONFUSABLE.get(c);
            out.append(options != null && random.nextInt(2) == 0 ? options.charAt(random.nextInt(options.length()))
                    : c);
        }
        return out.toString();
    }

    private String typographic(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\'') {
                out.appendCodePoint(APOSTROPHES[random.nextInt(APOSTROPHES.length)]);
            } else if (cp == '-') {
                out.appendCodePoint(DASHES[random.nextInt(DASHES.length)]);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Fullwidth or mathematical-bold Latin letters, which compatibility normalisation folds back. */
    private String widen(String text) {
        boolean bold = random.nextBoolean();
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (random.nextInt(2) == 0 && cp < 0x80 && Character.isLetter(cp)) {
                out.appendCodePoint(bold ? (Character.isUpperCase(cp) ? 0x1D400 + cp - 'A' : 0x1D41A + cp - 'a')
                        : cp + 0xFEE0);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
