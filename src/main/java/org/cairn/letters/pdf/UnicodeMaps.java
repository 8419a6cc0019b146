package org.cairn.letters.pdf;

import com.ibm.icu.lang.UCharacter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text each glyph drawn in a letter stands for, font by font, written as the fonts' ToUnicode maps. PDFBox
 * maps only glyphs that the font's own character map names, so a lam-alef ligature, a Bengali conjunct or an
 * Urdu final form would map to nothing; here every glyph drawn gets its character, or the characters of the
 * cluster it was shaped from (PDF/A-2u asks that every glyph map to Unicode). Where one glyph stands for
 * different text in different places, or a mirrored bracket stands for its partner, the {@code /ActualText}
 * beside the glyphs gives the exact text.
 */
final class UnicodeMaps {

    private final Map<PDType0Font, Map<Integer, String>> byFont = new LinkedHashMap<>();

    /** Records what the glyphs of a drawn fragment stand for; the first meaning of a glyph is kept. */
    void record(PDType0Font font, Fragment fragment) {
        Map<Integer, String> map = byFont.computeIfAbsent(font, f -> new HashMap<>());
        for (int i = 0; i < fragment.glyphIds().length; i++) {
            int id = fragment.glyphIds()[i];
            if (!map.containsKey(id)) {
                map.put(id, textOf(fragment, i));
            }
        }
    }

    /** The text recorded for a glyph of a font, or null when the glyph was not recorded yet. */
    String recorded(PDType0Font font, int glyphId) {
        Map<Integer, String> map = byFont.get(font);
        return map == null ? null : map.get(glyphId);
    }

    /**
     * What glyph {@code i} stands for: its cluster's text when it draws the cluster alone; in a right-to-left run,
     * a letter drawn with its vowel marks as glyphs of their own stands for the letter alone (so the same glyph
     * elsewhere, without marks, maps to the letter); otherwise, when it is one of several glyphs of a cluster (a
     * vowel sign drawn before its consonant), the character the font's own map gives it, unless that is a
     * presentation form (Arabic joined forms are mapped so in many fonts).
     */
    static String textOf(Fragment fragment, int i) {
        if (!fragment.actualText()) {
            String letter = letterWithoutMarks(fragment, i);
            if (letter != null) {
                return letter;
            }
        }
        String cluster = fragment.glyphTexts()[i];
        int own = fragment.font().characterOf(fragment.glyphIds()[i]);
        if (own > 0 && cluster.codePointCount(0, cluster.length()) == 1
                && UCharacter.getMirror(cluster.codePointAt(0)) == own) {
            return Character.toString(own); // a mirrored bracket maps to the bracket it looks like
        }
        boolean ownUsable = own > 0 && !isPresentationForm(own);
        return cluster.codePointCount(0, cluster.length()) == 1 || !ownUsable ? cluster : Character.toString(own);
    }

    /**
     * When glyph {@code i} is the one glyph of its cluster that is not a combining mark the font maps to itself,
     * and the cluster is that glyph's letters followed by those marks: the letters. Null otherwise.
     */
    private static String letterWithoutMarks(Fragment fragment, int i) {
        int from = i;
        while (from > 0 && fragment.clusters()[from - 1] == fragment.clusters()[i]) {
            from--;
        }
        int to = i + 1;
        while (to < fragment.glyphIds().length && fragment.clusters()[to] == fragment.clusters()[i]) {
            to++;
        }
        if (to - from < 2) {
            return null;
        }
        StringBuilder rest = new StringBuilder(fragment.glyphTexts()[i]);
        for (int k = from; k < to; k++) {
            int own = fragment.font().characterOf(fragment.glyphIds()[k]);
            boolean mark = own > 0 && Character.getType(own) == Character.NON_SPACING_MARK;
            int at = mark ? rest.indexOf(Character.toString(own), 1) : -1;
            if (k != i && at < 0) {
                return null; // another glyph that is not one of the cluster's marks
            }
            if (k != i) {
                rest.delete(at, at + Character.charCount(own));
            } else if (mark) {
                return null; // glyph i is itself a mark
            }
        }
        String letters = rest.toString();
        return !letters.isEmpty() && fragment.glyphTexts()[i].startsWith(letters) ? letters : null;
    }

    private static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB00 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    /**
     * Replaces each font's ToUnicode map with one covering every glyph drawn. Call after the fonts were
     * subset (the first save), since subsetting writes PDFBox's own map.
     */
    void apply(PDDocument document) throws IOException {
        for (Map.Entry<PDType0Font, Map<Integer, String>> font : byFont.entrySet()) {
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap(font.getValue()).getBytes(StandardCharsets.US_ASCII));
            }
            font.getKey().getCOSObject().setItem(COSName.TO_UNICODE, stream);
        }
    }

    static String cmap(Map<Integer, String> glyphs) {
        StringBuilder out = new StringBuilder(64 * glyphs.size() + 400);
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        TreeMap<Integer, String> sorted = new TreeMap<>(glyphs);
        int inBlock = 0;
        StringBuilder block = new StringBuilder();
        for (Map.Entry<Integer, String> e : sorted.entrySet()) {
            block.append('<').append(hex4(e.getKey())).append("> <");
            for (char c : e.getValue().toCharArray()) {
                block.append(hex4(c));
            }
            block.append(">\n");
            if (++inBlock == 100) { // a bfchar block holds at most 100 entries
                out.append("100 beginbfchar\n").append(block).append("endbfchar\n");
                block.setLength(0);
                inBlock = 0;
            }
        }
        if (inBlock > 0) {
            out.append(inBlock).append(" beginbfchar\n").append(block).append("endbfchar\n");
        }
        return out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    static String hex4(int value) {
        String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(hex.length()) + hex;
    }

    /** The text as a PDF hex string in UTF-16 with a byte-order mark, as {@code /ActualText} wants it. */
    static String utf16Hex(String text) {
        StringBuilder out = new StringBuilder("<FEFF");
        for (char c : text.toCharArray()) {
            out.append(hex4(c));
        }
        return out.append('>').toString();
    }
}
