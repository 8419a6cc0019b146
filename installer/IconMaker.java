import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Cairn's app icon (a stack of three stones on a rounded tile) at build time, so no artwork is copied.
 * Usage: {@code java installer/IconMaker.java OUT_DIR}. Writes cairn.png (512), cairn.ico (Windows) and
 * cairn.icns (macOS); both containers hold PNG images, which Windows Vista+ and macOS 10.7+ read.
 */
public final class IconMaker {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        Files.write(out.resolve("cairn.png"), png(512));
        Files.write(out.resolve("cairn.ico"), ico(new int[] {16, 32, 48, 256}));
        Files.write(out.resolve("cairn.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 512.0;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2E, 0x6F, 0x73), 0, size, new Color(0x1B, 0x44, 0x52)));
        g.fill(new RoundRectangle2D.Double(16 * s, 16 * s, 480 * s, 480 * s, 112 * s, 112 * s));
        // Three stones, widest at the bottom: x centre 256, widths and heights shrink upwards.
        double[][] stones = {{256, 372, 300, 104}, {252, 270, 220, 92}, {260, 182, 144, 76}, {256, 116, 78, 52}};
        Color[] fills = {new Color(0xE8, 0xE1, 0xD3), new Color(0xD6, 0xCC, 0xB8), new Color(0xC4, 0xB8, 0xA0),
            new Color(0xF2, 0xEC, 0xE0)};
        g.setStroke(new BasicStroke((float) Math.max(1, 6 * s)));
        for (int i = 0; i < stones.length; i++) {
            double[] st = stones[i];
            Ellipse2D.Double stone = new Ellipse2D.Double((st[0] - st[2] / 2) * s, (st[1] - st[3] / 2) * s,
                    st[2] * s, st[3] * s);
            g.setColor(fills[i]);
            g.fill(stone);
            g.setColor(new Color(0x12, 0x2E, 0x38));
            g.draw(stone);
        }
        g.dispose();
        return image;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO: a 6-byte header, one 16-byte entry per image, then the PNG data. */
    static byte[] ico(int[] sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        int total = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
            total += images[i].length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            int dim = sizes[i] >= 256 ? 0 : sizes[i];
            buffer.put((byte) dim).put((byte) dim).put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32).putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            buffer.put(image);
        }
        return buffer.array();
    }

    /** ICNS: 'icns' + length, then typed PNG entries (ic07 128, ic08 256, ic09 512, ic10 1024), big-endian. */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        byte[][] images = new byte[sizes.length][];
        int total = 8;
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
            total += 8 + images[i].length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buffer.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        for (int i = 0; i < sizes.length; i++) {
            buffer.put(types[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + images[i].length);
            buffer.put(images[i]);
        }
        return buffer.array();
    }
}
