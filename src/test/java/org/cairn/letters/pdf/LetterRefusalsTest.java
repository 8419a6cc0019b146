package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Letters that cannot be drawn well are refused with a message saying what to do; big logos are scaled. */
class LetterRefusalsTest {

    private final LetterPdf bundledOnly = new LetterPdf(FontCatalogue.bundledOnly());

    @Test
    void aScriptWithoutAFontIsRefusedNamingScriptAndLanguage() {
        assertThatThrownBy(() -> bundledOnly.render(SampleLetters.letter("bn", SampleLetters.BENGALI)))
                .isInstanceOf(ScriptNotSupportedException.class)
                .hasMessageContaining("Bengali").hasMessageContaining("bn").hasMessageContaining("Install")
                .hasMessageNotContaining("আমরা");
    }

    @Test
    void chineseWithoutAUsableFontNamesATrueTypeChineseFontToInstall() {
        assertThatThrownBy(() -> bundledOnly.render(LetterScriptsTest.bodyOnly("你好", "zh")))
                .isInstanceOf(ScriptNotSupportedException.class).hasMessageContaining("Han")
                .hasMessageContaining("fonts-wqy-microhei").hasMessageContaining("Noto Sans CJK cannot be used")
                .hasMessageNotContaining("你好");
    }

    @Test
    void theBundledFontCoversLatinCyrillicAndGreekOnly() {
        assertThat(FontCatalogue.bundledOnly().availableScripts())
                .containsExactly(LetterScript.LATIN, LetterScript.CYRILLIC, LetterScript.GREEK);
    }

    @Test
    void aCorruptLogoIsRefusedWithAClearMessage() {
        byte[] notAnImage = "this is not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> bundledOnly.render(SampleLetters.letter("en", SampleLetters.LATIN, 1, notAnImage)))
                .isInstanceOf(InvalidLogoException.class).hasMessageContaining("organisation settings");
        byte[] truncated = Arrays.copyOf(png(200, 100), 300);
        assertThatThrownBy(() -> bundledOnly.render(SampleLetters.letter("en", SampleLetters.LATIN, 1, truncated)))
                .isInstanceOf(InvalidLogoException.class);
    }

    @Test
    void aTwoMegabyteLogoIsScaledDown() throws IOException {
        byte[] logo = png(1100, 900);
        assertThat(logo.length).isGreaterThan(2_000_000);
        byte[] pdf = bundledOnly.render(SampleLetters.letter("en", SampleLetters.LATIN, 1, logo));
        assertThat(pdf.length).isLessThan(logo.length / 2);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            COSName name = resources.getXObjectNames().iterator().next();
            PDImageXObject image = (PDImageXObject) resources.getXObject(name);
            assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(LogoImage.MAX_SIDE);
        }
    }

    /** A PNG of noise (which does not compress), so its size is about width × height × 3 bytes. */
    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
