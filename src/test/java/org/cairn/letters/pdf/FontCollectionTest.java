package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fonts inside TrueType collections (.ttc) are found and used. No collection is installed on the build
 * machines, so the test packs one from fonts that are: the bundled Latin font, then the installed Bengali
 * regular and bold (skipped, with the reason, when no Bengali font is installed).
 */
class FontCollectionTest {

    @TempDir
    Path dir;

    @Test
    void aScriptFoundOnlyInACollectionIsAvailableAndShapedLikeTheSameFontOnItsOwn() throws IOException {
        FontFamily installed = Fonts.require(LetterScript.BENGALI);
        FontSource latin = FontCatalogue.bundledOnly().family(LetterScript.LATIN).orElseThrow().regular();
        List<byte[]> fonts = installed.bold() == null
                ? List.of(latin.bytes(), installed.regular().bytes())
                : List.of(latin.bytes(), installed.regular().bytes(), installed.bold().bytes());
        Files.createDirectories(dir.resolve("fonts"));
        Files.write(dir.resolve("fonts/Packed.ttc"), collection(fonts));
        FontCatalogue catalogue = FontCatalogue.scanning(List.of(dir.resolve("fonts")));

        assertThat(catalogue.availableScripts()).contains(LetterScript.BENGALI).doesNotContain(LetterScript.ARABIC,
                LetterScript.DEVANAGARI);
        FontFamily packed = catalogue.family(LetterScript.BENGALI).orElseThrow();
        assertThat(packed.regular().fontInCollection()).isEqualTo(postScriptName(installed.regular().file()));
        if (installed.bold() != null) {
            assertThat(packed.bold().fontInCollection()).isEqualTo(postScriptName(installed.bold().file()));
        }

        // "কি ক্ষ": the pre-base vowel sign first, then one conjunct glyph, exactly as from the font's own file
        String body = "কি ক্ষ";
        List<Integer> fromCollection = ShownGlyphs.codes(ShownGlyphs.of(new LetterPdf(catalogue)
                .render(LetterScriptsTest.bodyOnly(body, "bn"))), "Bengali");
        List<Integer> fromFile = ShownGlyphs.codes(ShownGlyphs.of(new LetterPdf(Fonts.SYSTEM)
                .render(LetterScriptsTest.bodyOnly(body, "bn"))), "Bengali");
        assertThat(fromCollection).hasSize(3).isEqualTo(fromFile);
    }

    @Test
    void anUnreadableCollectionOffersNothing() throws IOException {
        Files.write(dir.resolve("Broken.ttc"), "ttcf but not really a font collection".getBytes());

        FontCatalogue catalogue = FontCatalogue.scanning(List.of(dir));

        assertThat(catalogue.availableScripts()).containsExactly(LetterScript.LATIN, LetterScript.CYRILLIC,
                LetterScript.GREEK);
    }

    private static String postScriptName(Path file) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
            return ttf.getName();
        }
    }

    /**
     * A version 1 TrueType collection: the 'ttcf' header with one offset per font, then each font with its
     * table offsets moved by where the font now starts (tables stay with their font).
     */
    static byte[] collection(List<byte[]> fonts) {
        int header = 12 + 4 * fonts.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer head = ByteBuffer.allocate(header);
        head.put("ttcf".getBytes()).putInt(0x00010000).putInt(fonts.size());
        int at = header;
        for (byte[] font : fonts) {
            head.putInt(at);
            at += padded(font.length);
        }
        out.writeBytes(head.array());
        int start = header;
        for (byte[] font : fonts) {
            ByteBuffer moved = ByteBuffer.wrap(font.clone());
            int tables = Short.toUnsignedInt(moved.getShort(4));
            for (int t = 0; t < tables; t++) {
                int record = 12 + 16 * t;
                moved.putInt(record + 8, moved.getInt(record + 8) + start);
            }
            out.writeBytes(moved.array());
            out.writeBytes(new byte[padded(font.length) - font.length]);
            start += padded(font.length);
        }
        return out.toByteArray();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
