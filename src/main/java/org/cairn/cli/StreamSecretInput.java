package org.cairn.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads secrets from the console without echo, or, when standard input is not a terminal, one line at a time
 * from it. Bytes are decoded strictly as UTF-8 straight into a {@code char[]}, so the secret never becomes a
 * String and two different byte strings can never decode to the same passphrase.
 */
public final class StreamSecretInput implements SecretInput {
    /** What a console's decoder puts in place of bytes that are not text in its character set. */
    private static final char REPLACEMENT = '\uFFFD';

    private final Console console;
    private final InputStream stdin;

    public StreamSecretInput(Console console, InputStream stdin) {
        this.console = console;
        this.stdin = stdin;
    }

    @Override
    public char[] read(String prompt) {
        if (console != null) {
            return refuseReplaced(console.readPassword("%s", prompt));
        }
        byte[] line = null;
        try {
            line = readLine();
            return line == null ? null : decode(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (line != null) {
                Arrays.fill(line, (byte) 0);
            }
        }
    }

    @Override
    public boolean interactive() {
        return console != null;
    }

    /** Reads up to a newline byte, one byte at a time so nothing after the line is consumed. */
    private byte[] readLine() throws IOException {
        byte[] buffer = new byte[64];
        int length = 0;
        int b;
        boolean any = false;
        while ((b = stdin.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (length == buffer.length) {
                byte[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                Arrays.fill(buffer, (byte) 0);
                buffer = bigger;
            }
            buffer[length++] = (byte) b;
        }
        if (!any) {
            Arrays.fill(buffer, (byte) 0);
            return null;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        byte[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, (byte) 0);
        return line;
    }

    static char[] decode(byte[] line) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // UTF-8 never has more UTF-16 units than bytes, so the buffer is never grown or copied.
        char[] chars = new char[line.length];
        CharBuffer out = CharBuffer.wrap(chars);
        if (decoder.decode(ByteBuffer.wrap(line), out, true).isError() || decoder.flush(out).isError()) {
            Arrays.fill(chars, '\0');
            throw notText();
        }
        char[] result = Arrays.copyOf(chars, out.position());
        Arrays.fill(chars, '\0');
        return result;
    }

    private static char[] refuseReplaced(char[] typed) {
        if (typed == null) {
            return null;
        }
        for (char c : typed) {
            if (c == REPLACEMENT) {
                Arrays.fill(typed, '\0');
                throw notText();
            }
        }
        return typed;
    }

    private static CliFailure notText() {
        return new CliFailure(ExitCodes.USAGE, "the passphrase or key given is not valid text (UTF-8); nothing was "
                + "changed. Set the terminal or the script to UTF-8 and send it again");
    }
}
