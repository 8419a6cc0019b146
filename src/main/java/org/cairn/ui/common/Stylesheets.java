package org.cairn.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * Cairn's own stylesheet as a data URI. Reading it as a stream keeps {@code java.net.URL} out of the code base
 * (the architecture test bans java.net).
 */
public final class Stylesheets {
    private static final String CSS = "/org/cairn/ui/cairn.css";

    private Stylesheets() {
    }

    /**
     * Added to a right-to-left window and its dialogs: labels there take {@link RightToLeftLabelSkin}, which gives
     * their wrapped right-to-left text line breaks that JavaFX 21 draws correctly.
     */
    public static String rightToLeft() {
        String css = ".label { -fx-skin: \"" + RightToLeftLabelSkin.class.getName() + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String cairn() {
        try (InputStream in = Stylesheets.class.getResourceAsStream(CSS)) {
            if (in == null) {
                throw new IllegalStateException("missing stylesheet " + CSS);
            }
            return "data:text/css;base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
