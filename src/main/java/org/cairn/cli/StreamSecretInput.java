package org.cairn.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads secrets from the console without echo, or, when standard input is not a terminal, one line at a time
 * from it. Characters are collected into a {@code char[]} directly so the secret never becomes a String.
 */
public final class StreamSecretInput implements SecretInput {
    private final Console console;
    private final Reader reader;

    public StreamSecretInput(Console console, InputStream stdin) {
        this.console = console;
        this.reader = new InputStreamReader(stdin, StandardCharsets.UTF_8);
    }

    @Override
    public char[] read(String prompt) {
        if (console != null) {
            return console.readPassword("%s", prompt);
        }
        try {
            return readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean interactive() {
        return console != null;
    }

    private char[] readLine() throws IOException {
        char[] buffer = new char[64];
        int length = 0;
        int c;
        boolean any = false;
        while ((c = reader.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (length == buffer.length) {
                char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                Arrays.fill(buffer, '\0');
                buffer = bigger;
            }
            buffer[length++] = (char) c;
        }
        if (!any) {
            return null;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        char[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return line;
    }
}
