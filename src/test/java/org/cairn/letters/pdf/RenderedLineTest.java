package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedString;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A golden-image check without a committed image: one line of a letter, drawn into the PDF by our pipeline (ICU
 * bidi, our runs, glyph ids and offsets written by hand, subset fonts) and rasterised by poppler's pdftoppm, is
 * compared with the same line drawn by Java2D's own text layout (the JDK's bidi, its runs and mirroring, its
 * positioning) from the logical text with the same fonts. Both are cropped to their ink and compared pixel by pixel
 * with a one-pixel tolerance. The same comparison with two words swapped, or with the letters kept from joining,
 * must fail, which shows the tolerance cannot hide a wrong order or unshaped text.
 */
class RenderedLineTest {

    private static final int DPI = 144;
    private static final float SIZE = 10.5f;
    /** Measured: 0 (Bengali) and 0.008 (Urdu in Nastaliq) for the right line, 0.045 and 0.11 with two words swapped. */
    private static final double TOLERATED = 0.02;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ur|ARABIC|آپ نے ہم سے (Migrant Victims) کے بارے میں پوچھا (اور رہائش) 3 مہینوں میں۔|(Migrant Victims)",
        "bn|BENGALI|আমরা আপনাকে সাহায্য করতে পারি। ক্ষমা, স্ত্রী, কিছু কিন্তু।|সাহায্য করতে",
        // from the built-in Punjabi letter: a vowel sign drawn before its consonant, a subjoined ra, tippi, addak
        "pa|GURMUKHI|ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਚਿੱਠੀ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ, ਪ੍ਰਵਾਸੀਆਂ ਲਈ ਇਨ੍ਹਾਂ ਹਿੰਸਾ।|ਚਿੱਠੀ ਸੁਰੱਖਿਅਤ"})
    void aLineLooksAsJavaDrawsItAndAWrongOneDoesNot(String language, LetterScript script, String line,
                                                    String swapped) throws Exception {
        assumeTrue(pdfToPpm(), "pdftoppm (poppler-utils) is not installed; .ci/run installs it");
        Fonts.require(script);
        FontSource own = Fonts.SYSTEM.family(script, language).orElseThrow().regular();
        boolean rtl = LetterPdf.isRightToLeft(language);

        boolean[][] pdf = ink(rasterise(new LetterPdf(Fonts.SYSTEM).render(LetterScriptsTest.bodyOnly(line,
                language))));
        boolean[][] reference = ink(draw(line, own, rtl));
        assertThat(difference(pdf, reference)).as("%s drawn from the PDF and by Java2D", language)
                .isLessThan(TOLERATED);

        String[] parts = swapped.split(" ", 2);
        String wrongOrder = line.replace(swapped, parts[1] + " " + parts[0]);
        assertThat(difference(pdf, ink(draw(wrongOrder, own, rtl)))).as("two words swapped")
                .isGreaterThan(TOLERATED);
        String unjoined = String.join("\u200C", line.split("")); // a non-joiner between every two characters
        assertThat(difference(pdf, ink(draw(unjoined, own, rtl)))).as("letters kept apart")
                .isGreaterThan(TOLERATED);
    }

    /** Java2D's drawing of the line: the script's font for its letters, the bundled Latin font for the rest. */
    private static BufferedImage draw(String line, FontSource own, boolean rtl) throws Exception {
        float scale = DPI / 72f;
        Font script = Font.createFont(Font.TRUETYPE_FONT, own.file().toFile()).deriveFont(SIZE);
        Font latin = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(FontSource.bundled(
                "/org/cairn/letters/fonts/LiberationSans-Regular.ttf").bytes())).deriveFont(SIZE);
        AttributedString text = new AttributedString(line);
        text.addAttribute(TextAttribute.RUN_DIRECTION, rtl ? TextAttribute.RUN_DIRECTION_RTL
                : TextAttribute.RUN_DIRECTION_LTR);
        for (int i = 0; i < line.length(); i++) {
            text.addAttribute(TextAttribute.FONT, usesScriptFont(line, i) ? script : latin, i, i + 1);
        }
        BufferedImage image = new BufferedImage(Math.round(595 * scale), Math.round(842 * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(scale, scale);
        TextLayout layout = new TextLayout(text.getIterator(), new FontRenderContext(g.getTransform(), true, true));
        layout.draw(g, 40, 60);
        g.dispose();
        return image;
    }

    /** Letters of the script, and marks, digits and punctuation next to them, as the letter's layout picks. */
    private static boolean usesScriptFont(String line, int index) {
        for (int i = index; i >= 0 && line.charAt(i) != ' '; i--) {
            if (Character.isLetter(line.charAt(i))) {
                return LetterScript.of(line.charAt(i)) != LetterScript.LATIN;
            }
        }
        for (int i = index; i < line.length() && line.charAt(i) != ' '; i++) {
            if (Character.isLetter(line.charAt(i))) {
                return LetterScript.of(line.charAt(i)) != LetterScript.LATIN;
            }
        }
        return false;
    }

    private BufferedImage rasterise(byte[] pdf) throws Exception {
        Path file = dir.resolve("line.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftoppm", "-r", Integer.toString(DPI), "-gray", "-f", "1", "-l", "1",
                "-singlefile", "-png", file.toString(), dir.resolve("line").toString()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("pdftoppm ran").isTrue();
        return ImageIO.read(dir.resolve("line.png").toFile());
    }

    /**
     * The ink (any clearly grey pixel) in the top half of the page, cropped to its bounding box; rows of a rule
     * across the page (the letterhead's) are left out.
     */
    static boolean[][] ink(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight() / 2;
        boolean[][] ink = new boolean[h][w];
        int top = h, bottom = -1, left = w, right = -1;
        for (int y = 0; y < h; y++) {
            int count = 0;
            for (int x = 0; x < w; x++) {
                count += shade(image, x, y) < 250 ? 1 : 0;
            }
            if (count > w / 2) {
                continue; // the letterhead's rule
            }
            for (int x = 0; x < w; x++) {
                // the box takes any visible ink (the two renderers shade thin strokes differently); the
                // comparison takes clearly dark pixels
                if (shade(image, x, y) < 250) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
                ink[y][x] = shade(image, x, y) < 128;
            }
        }
        assertThat(bottom).as("the line left ink").isGreaterThanOrEqualTo(top);
        boolean[][] crop = new boolean[bottom - top + 1][right - left + 1];
        for (int y = top; y <= bottom; y++) {
            System.arraycopy(ink[y], left, crop[y - top], 0, right - left + 1);
        }
        return crop;
    }

    private static int shade(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0) & 0xFF;
    }

    /**
     * The share of ink pixels of either image with no ink of the other within one pixel; 1 when the two differ
     * in size by more than two pixels (a line drawn longer or higher is not the same line).
     */
    static double difference(boolean[][] a, boolean[][] b) {
        if (Math.abs(a.length - b.length) > 2 || Math.abs(a[0].length - b[0].length) > 2) {
            return 1;
        }
        int inkA = 0, inkB = 0, missed = 0;
        for (int y = 0; y < Math.max(a.length, b.length); y++) {
            for (int x = 0; x < Math.max(a[0].length, b[0].length); x++) {
                if (at(a, y, x)) {
                    inkA++;
                    missed += near(b, y, x) ? 0 : 1;
                }
                if (at(b, y, x)) {
                    inkB++;
                    missed += near(a, y, x) ? 0 : 1;
                }
            }
        }
        return (double) missed / Math.max(1, inkA + inkB);
    }

    private static boolean at(boolean[][] image, int y, int x) {
        return y >= 0 && x >= 0 && y < image.length && x < image[0].length && image[y][x];
    }

    private static boolean near(boolean[][] image, int y, int x) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (at(image, y + dy, x + dx)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean pdfToPpm() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "pdftoppm"))) {
                return true;
            }
        }
        return false;
    }
}
