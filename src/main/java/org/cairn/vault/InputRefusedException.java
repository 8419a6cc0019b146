package org.cairn.vault;

import java.util.Arrays;
import java.util.List;

/**
 * A value typed for the storage engine (a person's name or role, a recovery key) that it cannot take. Still an
 * {@link IllegalArgumentException}; the code and arguments are what the screens word in the chosen language
 * ({@code vault.input.<code>}), and the English message is for the command line. Neither quotes what was typed.
 */
public final class InputRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Every code, so the tests can hold the bundle to them. */
    public static final List<String> CODES = List.of("name-empty", "name-too-long", "name-control",
            "name-invisible", "role-too-long", "recovery-key-characters", "recovery-key-length",
            "recovery-key-mistake");
    private final String code;
    private final transient List<Object> arguments;

    InputRefusedException(String code, String message, Object... arguments) {
        super(message);
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("unknown code " + code);
        }
        this.code = code;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public String code() {
        return code;
    }

    /** Numbers only (a limit, a count of characters typed). */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }

    /** The key of its words: {@code vault.input.name-empty}. */
    public String key() {
        return "vault.input." + code;
    }
}
