package org.cairn.letters;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a logo the organisation chose and prepares it for the profile: a PNG or JPEG that decodes, scaled down so
 * its longest side is at most {@value #MAX_SIDE} pixels (plenty for a letterhead at print resolution) and stored
 * as PNG, so every letter stays small however large the original file was.
 */
public final class LogoFile {
    static final int MAX_SIDE = 640;
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final long MAX_PIXELS = 60_000_000L;

    private LogoFile() {
    }

    /** Reads a chosen picture file, refusing an oversized one before anything is read into memory. */
    public static byte[] read(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(MAX_FILE_BYTES + 1);
        }
    }

    /** The stored form of the logo. @throws LogoRejectedException when the file cannot be a logo */
    public static byte[] prepare(byte[] file) {
        if (file.length > MAX_FILE_BYTES) {
            throw new LogoRejectedException(LogoRejectedException.Reason.FILE_TOO_LARGE, "This picture file is larger than 10 MB. Save a smaller copy of the "
                    + "logo (a PNG or JPEG of a few hundred pixels is plenty) and choose that.");
        }
        BufferedImage image = decode(file);
        return png(scaled(image));
    }

    private static BufferedImage decode(byte[] file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    throw unreadable();
                }
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new LogoRejectedException(LogoRejectedException.Reason.TOO_MANY_PIXELS,
                            "This picture has more than 60 million pixels. Save a smaller "
                            + "copy of the logo and choose that.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogoRejectedException rejected) {
                throw rejected;
            }
            throw unreadable();
        }
    }

    private static LogoRejectedException unreadable() {
        return new LogoRejectedException(LogoRejectedException.Reason.NOT_A_PICTURE, "This file is not a PNG or JPEG picture, or it is damaged. Open the logo "
                + "in an image program, save it as PNG, and choose that file.");
    }

    private static BufferedImage scaled(BufferedImage source) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the logo could not be stored", e);
        }
    }
}
