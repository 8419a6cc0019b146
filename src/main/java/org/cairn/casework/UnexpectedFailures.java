package org.cairn.casework;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path for failures nobody planned for. Each gets a short code the advocate can quote to whoever supports
 * them; the log line carries that code, the exception types and where they were thrown, never their messages,
 * because a message can quote case data.
 */
public final class UnexpectedFailures {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;
    private static final int FRAMES = 12;

    private final Consumer<String> log;
    private final SecureRandom random;

    /** Logs through Cairn's own log file. */
    public UnexpectedFailures() {
        this(LoggerFactory.getLogger(UnexpectedFailures.class)::error, new SecureRandom());
    }

    /** For tests: where the lines go, and the source of the codes. */
    public UnexpectedFailures(Consumer<String> log, SecureRandom random) {
        this.log = Objects.requireNonNull(log);
        this.random = Objects.requireNonNull(random);
    }

    /** Logs the failure without its messages and returns the code to show, such as {@code E-7KQ2MX}. */
    public String report(Throwable failure) {
        StringBuilder code = new StringBuilder("E-");
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        log.accept("unexpected failure " + code + ": " + describe(failure));
        return code.toString();
    }

    /** Types and frames only: {@code IllegalStateException at org.cairn.x.Y.z(Y.java:12) ... caused by ...}. */
    static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        Throwable current = failure;
        int depth = 0;
        while (current != null && depth < 5) {
            if (depth > 0) {
                out.append(" caused by ");
            }
            out.append(current.getClass().getName());
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append(i == 0 ? " at " : " < ").append(frame(frames[i]));
            }
            current = current.getCause() == current ? null : current.getCause();
            depth++;
        }
        return out.toString();
    }

    private static String frame(StackTraceElement frame) {
        return String.format(Locale.ROOT, "%s.%s(%s:%d)", frame.getClassName(), frame.getMethodName(),
                frame.getFileName(), frame.getLineNumber());
    }
}
