package org.cairn.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoFileTest {
    @Test
    void aLargeLogoOfAboutTwoMegabytesIsScaledDownAndStoredAsPng() throws Exception {
        BufferedImage noisy = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < noisy.getHeight(); y++) {
            for (int x = 0; x < noisy.getWidth(); x++) {
                noisy.setRGB(x, y, random.nextInt());
            }
        }
        byte[] file = encode(noisy, "png");
        assertThat(file.length).isGreaterThan(2_000_000);

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(LogoFile.prepare(file)));

        assertThat(stored.getWidth()).isEqualTo(640);
        assertThat(stored.getHeight()).isEqualTo(427);
    }

    @Test
    void aSmallJpegIsKeptAtItsSize() throws Exception {
        byte[] stored = LogoFile.prepare(encode(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "jpeg"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(40);
    }

    @Test
    void corruptOrNonPictureFilesAreRejectedWithAPlainMessage() throws Exception {
        byte[] png = encode(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png");
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);

        for (byte[] bad : new byte[][] {truncated, "not a picture".getBytes(), new byte[0],
                encode(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB), "bmp")}) {
            assertThatThrownBy(() -> LogoFile.prepare(bad)).isInstanceOf(LogoRejectedException.class)
                    .hasMessageContaining("not a PNG or JPEG picture, or it is damaged");
        }
    }

    @Test
    void anOversizedFileIsRejectedBeforeDecoding() {
        assertThatThrownBy(() -> LogoFile.prepare(new byte[LogoFile.MAX_FILE_BYTES + 1]))
                .isInstanceOf(LogoRejectedException.class).hasMessageContaining("larger than 10 MB");
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
