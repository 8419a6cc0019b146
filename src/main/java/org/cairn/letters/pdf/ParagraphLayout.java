package org.cairn.letters.pdf;

import com.ibm.icu.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cairn.letters.layout.Inline;

/**
 * Breaks styled text into lines that fit a width and puts each line in visual order with the Unicode
 * Bidirectional Algorithm (UAX #9, ICU's implementation): the paragraph's levels are resolved once on the
 * logical text, in the letter's direction (so brackets pair, numbers and neutrals take their places), lines are
 * broken greedily at spaces (and at newlines) on that logical text, and only then is each line reordered (rules
 * L1 and L2). Right-to-left letters are right-aligned. A word longer than the line is cut.
 */
final class ParagraphLayout {

    private final TextShaper shaper;
    private final boolean rightToLeft;

    ParagraphLayout(TextShaper shaper, boolean rightToLeft) {
        this.shaper = shaper;
        this.rightToLeft = rightToLeft;
    }

    /** A word: the logical range [start, end) of the paragraph text, without spaces. */
    private record Word(int start, int end, float width, boolean breakBefore) {
    }

    /** Lines aligned at the start of the writing direction (left, or right for right-to-left). */
    List<Line> lines(List<Inline> inlines, Style base, float maxWidth) {
        return lines(inlines, base, maxWidth, false);
    }

    /** Lines aligned at the start, or with {@code alignEnd} at the end, of the writing direction. */
    List<Line> lines(List<Inline> inlines, Style base, float maxWidth, boolean alignEnd) {
        return lines(inlines, base, maxWidth, alignEnd, rightToLeft ? Bidi.RTL : Bidi.LTR);
    }

    /**
     * Lines of a field (an address line, a name, a date, a page label) rather than of the letter's prose: its
     * direction comes from its own first strong character (UAX #9 rules P2 and P3), the letter's direction only
     * when it has none, so "12 Example Street" in an Arabic letter still reads "12 Example Street". Aligned like
     * {@link #lines(List, Style, float, boolean)}.
     */
    List<Line> fieldLines(String text, Style base, float maxWidth, boolean alignEnd) {
        return lines(List.of(Inline.plain(text)), base, maxWidth, alignEnd,
                rightToLeft ? Bidi.LEVEL_DEFAULT_RTL : Bidi.LEVEL_DEFAULT_LTR);
    }

    private List<Line> lines(List<Inline> inlines, Style base, float maxWidth, boolean alignEnd, byte direction) {
        StyledText text = StyledText.of(inlines, base);
        if (text.isEmpty()) {
            return List.of();
        }
        Bidi bidi = BidiLine.paragraph(text.chars(), direction);
        List<Word> words = words(text, bidi, maxWidth);
        float space = shaper.spaceWidth(base);
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        float width = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            float add = (i > lineStart && w.start() > words.get(i - 1).end() ? space : 0) + w.width();
            if (i > lineStart && (w.breakBefore() || width + add > maxWidth)) {
                lines.add(line(text, bidi, words.get(lineStart).start(), words.get(i - 1).end(), maxWidth, base,
                        alignEnd));
                lineStart = i;
                width = w.width();
            } else {
                width += add;
            }
        }
        lines.add(line(text, bidi, words.get(lineStart).start(), words.get(words.size() - 1).end(), maxWidth,
                base, alignEnd));
        return lines;
    }

    private List<Word> words(StyledText text, Bidi bidi, float maxWidth) {
        List<Word> words = new ArrayList<>();
        String chars = text.chars();
        int i = 0;
        while (i < chars.length()) {
            if (chars.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = chars.indexOf(' ', i);
            end = end < 0 ? chars.length() : end;
            boolean breakBefore = text.breakBefore(i);
            if (UnspacedBreaks.applies(chars, i, end)) {
                // Chinese has no spaces: each piece between break opportunities is a word, joined without space
                int from = i;
                for (int at : UnspacedBreaks.within(chars, i, end)) {
                    word(text, bidi, from, at, maxWidth, breakBefore && from == i, words);
                    from = at;
                }
                word(text, bidi, from, end, maxWidth, breakBefore && from == i, words);
            } else {
                word(text, bidi, i, end, maxWidth, breakBefore, words);
            }
            i = end;
        }
        return words;
    }

    private void word(StyledText text, Bidi bidi, int start, int end, float maxWidth, boolean breakBefore,
                      List<Word> words) {
        float width = width(text, bidi, start, end);
        if (width <= maxWidth) {
            words.add(new Word(start, end, width, breakBefore));
        } else {
            cut(text, bidi, start, end, maxWidth, breakBefore, words);
        }
    }

    /** A token wider than the line is cut into pieces that fit (long e-mail addresses, links, numbers). */
    private void cut(StyledText text, Bidi bidi, int start, int end, float maxWidth, boolean breakBefore,
                     List<Word> words) {
        String chars = text.chars();
        boolean first = true;
        while (start < end) {
            int stop = start + Character.charCount(chars.codePointAt(start));
            while (stop < end) {
                int next = stop + Character.charCount(chars.codePointAt(stop));
                if (width(text, bidi, start, next) > maxWidth) {
                    break;
                }
                stop = next;
            }
            words.add(new Word(start, stop, width(text, bidi, start, stop), first && breakBefore));
            first = false;
            start = stop;
        }
    }

    /** The width of a logical range without spaces, shaped piece by piece at its resolved levels. */
    private float width(StyledText text, Bidi bidi, int start, int end) {
        float w = 0;
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || !text.style(i).equals(text.style(from)) || level(bidi, i) != level(bidi, from)) {
                for (Fragment f : shaper.shape(text.chars().substring(from, i), text.style(from),
                        (level(bidi, from) & 1) == 1, text.scriptAround(from))) {
                    w += f.width();
                }
                from = i;
            }
        }
        return w;
    }

    private static int level(Bidi paragraph, int index) {
        return paragraph == null ? 0 : paragraph.getLevelAt(index);
    }

    /** The logical range [start, end) as one line: its visual runs left to right, each run's pieces placed. */
    private Line line(StyledText text, Bidi paragraph, int start, int end, float maxWidth, Style base,
                      boolean alignEnd) {
        List<Line.Placed> placed = new ArrayList<>();
        float x = 0;
        for (BidiLine.Run run : BidiLine.visualRuns(paragraph, start, end)) {
            boolean odd = run.rightToLeft();
            List<int[]> pieces = pieces(text, run.start(), run.end());
            if (odd) {
                Collections.reverse(pieces);
            }
            for (int[] piece : pieces) {
                Style style = text.style(piece[0]);
                if (text.chars().charAt(piece[0]) == ' ') {
                    x += shaper.spaceWidth(style) * (piece[1] - piece[0]);
                    continue;
                }
                List<Fragment> fragments = shaper.shape(text.chars().substring(piece[0], piece[1]), style, odd,
                        text.scriptAround(piece[0]));
                int[] logical = new int[fragments.size()];
                for (int f = 0, at = piece[0]; f < fragments.size(); at += fragments.get(f).text().length(), f++) {
                    logical[f] = at;
                }
                for (int k = 0; k < fragments.size(); k++) {
                    int f = odd ? fragments.size() - 1 - k : k;
                    placed.add(new Line.Placed(fragments.get(f), x, logical[f]));
                    x += fragments.get(f).width();
                }
            }
        }
        float lineWidth = x;
        float shift = rightToLeft != alignEnd ? Math.max(0, maxWidth - lineWidth) : 0;
        if (shift > 0) {
            placed.replaceAll(p -> new Line.Placed(p.fragment(), p.x() + shift, p.logical()));
        }
        return new Line(List.copyOf(placed), lineWidth, ascent(placed, base.size()), height(placed, base.size()));
    }

    /** A run's logical range cut where the style changes and around spaces (which are measured, not drawn). */
    private static List<int[]> pieces(StyledText text, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || !text.style(i).equals(text.style(from))
                    || (text.chars().charAt(i) == ' ') != (text.chars().charAt(from) == ' ')) {
                pieces.add(new int[] {from, i});
                from = i;
            }
        }
        return pieces;
    }

    /**
     * Fonts for other scripts reach higher and lower than Latin: give them more room, and as much as the font
     * itself asks for (Nastaliq's cascade needs far more than Naskh).
     */
    private static float ascent(List<Line.Placed> placed, float size) {
        float ascent = size;
        for (Line.Placed p : placed) {
            if (p.fragment().font().file() != null) {
                ascent = Math.max(ascent, Math.max(1.25f, p.fragment().font().ascent()) * size);
            }
        }
        return ascent;
    }

    private static float height(List<Line.Placed> placed, float size) {
        float height = size * 1.4f;
        for (Line.Placed p : placed) {
            FontSource font = p.fragment().font();
            if (font.file() != null) {
                height = Math.max(height, Math.max(1.8f, font.ascent() + font.descent()) * size);
            }
        }
        return height;
    }

    /** The paragraph as one logical string: spaces collapsed, each character with its style. */
    private record StyledText(String chars, Style[] styles, boolean[] breaks) {

        static StyledText of(List<Inline> inlines, Style base) {
            StringBuilder chars = new StringBuilder();
            List<Style> styles = new ArrayList<>();
            List<Integer> breaks = new ArrayList<>();
            boolean pendingBreak = false;
            for (Inline inline : inlines) {
                Style style = base.withFlags(inline.bold(), inline.italic());
                String text = CompatibilityForms.fold(Normalizer.normalize(inline.text(), Normalizer.Form.NFC));
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    boolean newline = c == '\n';
                    if (newline || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        pendingBreak |= newline && chars.length() > 0;
                        if (chars.length() > 0 && chars.charAt(chars.length() - 1) != ' ') {
                            chars.append(' ');
                            styles.add(style);
                        }
                        continue;
                    }
                    if (pendingBreak) {
                        breaks.add(chars.length());
                        pendingBreak = false;
                    }
                    chars.append(c);
                    styles.add(style);
                }
            }
            int length = chars.length();
            while (length > 0 && chars.charAt(length - 1) == ' ') {
                length--;
            }
            boolean[] breakAt = new boolean[length + 1];
            for (int at : breaks) {
                breakAt[at] = true;
            }
            return new StyledText(chars.substring(0, length), styles.subList(0, length).toArray(new Style[0]),
                    breakAt);
        }

        boolean isEmpty() {
            return chars.isEmpty();
        }

        Style style(int index) {
            return styles[index];
        }

        boolean breakBefore(int index) {
            return breaks[index];
        }

        /** The script of the nearest letter before {@code index}, else after it; Latin when there is none. */
        LetterScript scriptAround(int index) {
            for (int i = Math.min(index, chars.length() - 1); i >= 0; i--) {
                LetterScript s = LetterScript.of(chars.charAt(i));
                if (s != null) {
                    return s;
                }
            }
            for (int i = index; i < chars.length(); i++) {
                LetterScript s = LetterScript.of(chars.charAt(i));
                if (s != null) {
                    return s;
                }
            }
            return LetterScript.LATIN;
        }
    }
}
