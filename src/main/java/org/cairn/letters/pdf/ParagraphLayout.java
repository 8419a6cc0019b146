package org.cairn.letters.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.cairn.letters.layout.Inline;

/**
 * Breaks styled text into lines that fit a width: greedy, at spaces (and at newlines), with words of
 * mixed direction put in visual order by the Unicode bidi algorithm, right-aligned in right-to-left
 * letters. A word longer than the line is cut.
 */
final class ParagraphLayout {

    private final TextShaper shaper;
    private final boolean rightToLeft;

    ParagraphLayout(TextShaper shaper, boolean rightToLeft) {
        this.shaper = shaper;
        this.rightToLeft = rightToLeft;
    }

    private record Word(String text, List<Fragment> fragments, float width, boolean spaceBefore, boolean breakBefore,
                        int offset) {
    }

    /** Lines aligned at the start of the writing direction (left, or right for right-to-left). */
    List<Line> lines(List<Inline> inlines, Style base, float maxWidth) {
        return lines(inlines, base, maxWidth, false);
    }

    /** Lines aligned at the start, or with {@code alignEnd} at the end, of the writing direction. */
    List<Line> lines(List<Inline> inlines, Style base, float maxWidth, boolean alignEnd) {
        List<Word> words = words(inlines, base, maxWidth);
        if (words.isEmpty()) {
            return List.of();
        }
        byte[] levels = levels(words);
        float space = shaper.spaceWidth(base);
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        float width = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            float add = (i > lineStart && w.spaceBefore() ? space : 0) + w.width();
            if (i > lineStart && (w.breakBefore() || width + add > maxWidth)) {
                lines.add(line(words, levels, lineStart, i, space, maxWidth, base, alignEnd));
                lineStart = i;
                width = w.width();
            } else {
                width += add;
            }
        }
        lines.add(line(words, levels, lineStart, words.size(), space, maxWidth, base, alignEnd));
        return lines;
    }

    private List<Word> words(List<Inline> inlines, Style base, float maxWidth) {
        List<Word> words = new ArrayList<>();
        boolean spaceBefore = false;
        boolean breakBefore = false;
        int offset = 0;
        StringBuilder logical = new StringBuilder();
        for (Inline inline : inlines) {
            Style style = base.withFlags(inline.bold(), inline.italic());
            String text = inline.text();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    breakBefore = true;
                    spaceBefore = false;
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    spaceBefore = true;
                    i++;
                    continue;
                }
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && !Character.isSpaceChar(text.charAt(end))) {
                    end++;
                }
                String token = text.substring(i, end);
                for (String piece : fitting(token, style, maxWidth)) {
                    List<Fragment> fragments = shaper.shape(piece, style);
                    float width = 0;
                    for (Fragment f : fragments) {
                        width += f.width();
                    }
                    if (spaceBefore && logical.length() > 0) {
                        logical.append(' ');
                    }
                    offset = logical.length();
                    logical.append(piece);
                    words.add(new Word(piece, fragments, width, spaceBefore, breakBefore, offset));
                    spaceBefore = false;
                    breakBefore = false;
                }
                i = end;
            }
        }
        return words;
    }

    /** A token wider than the line is cut into pieces that fit (long e-mail addresses, links, numbers). */
    private List<String> fitting(String token, Style style, float maxWidth) {
        if (width(token, style) <= maxWidth) {
            return List.of(token);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < token.length()) {
            int end = start + Character.charCount(token.codePointAt(start));
            while (end < token.length()) {
                int next = end + Character.charCount(token.codePointAt(end));
                if (width(token.substring(start, next), style) > maxWidth) {
                    break;
                }
                end = next;
            }
            pieces.add(token.substring(start, end));
            start = end;
        }
        return pieces;
    }

    private float width(String text, Style style) {
        float w = 0;
        for (Fragment f : shaper.shape(text, style)) {
            w += f.width();
        }
        return w;
    }

    /** The embedding level of each word from the bidi algorithm over the whole paragraph. */
    private byte[] levels(List<Word> words) {
        StringBuilder logical = new StringBuilder();
        for (Word w : words) {
            while (logical.length() < w.offset()) {
                logical.append(' ');
            }
            logical.append(w.text());
        }
        Bidi bidi = new Bidi(logical.toString(),
                rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        byte[] levels = new byte[words.size()];
        for (int i = 0; i < words.size(); i++) {
            levels[i] = (byte) bidi.getLevelAt(words.get(i).offset());
        }
        return levels;
    }

    private Line line(List<Word> words, byte[] levels, int from, int to, float space, float maxWidth, Style base,
                      boolean alignEnd) {
        int count = to - from;
        Integer[] visual = new Integer[count];
        for (int i = 0; i < count; i++) {
            visual[i] = from + i;
        }
        Bidi.reorderVisually(levels, from, visual, 0, count);
        List<Line.Placed> placed = new ArrayList<>();
        float x = 0;
        boolean tall = false;
        for (int v = 0; v < count; v++) {
            int index = visual[v];
            Word w = words.get(index);
            if (v > 0) {
                int previous = visual[v - 1];
                int later = Math.max(previous, index);
                boolean joined = Math.abs(previous - index) == 1 && !words.get(later).spaceBefore();
                x += joined ? 0 : space;
            }
            List<Fragment> fragments = new ArrayList<>(w.fragments());
            if ((levels[index] & 1) == 1) {
                java.util.Collections.reverse(fragments);
            }
            for (Fragment f : fragments) {
                placed.add(new Line.Placed(f, x));
                x += f.width();
                tall |= isTall(f);
            }
        }
        float shift = rightToLeft != alignEnd ? Math.max(0, maxWidth - x) : 0;
        if (shift > 0) {
            placed.replaceAll(p -> new Line.Placed(p.fragment(), p.x() + shift));
        }
        float size = base.size();
        return new Line(List.copyOf(placed), x, size * (tall ? 1.25f : 1.0f), size * (tall ? 1.8f : 1.4f));
    }

    /** Arabic, Bengali and Devanagari fonts reach higher and lower than Latin: give them more room. */
    private static boolean isTall(Fragment f) {
        return f instanceof Fragment.Glyphs || ((Fragment.Text) f).font().file() != null;
    }
}
