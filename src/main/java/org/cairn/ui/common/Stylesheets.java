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
