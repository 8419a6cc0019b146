package org.cairn.vault;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a person's name finds their slot (docs/FORMAT.md, name tags). The name is folded so that the ways the same
 * name is typed on different keyboards match: Unicode NFKC with case folding (which also drops invisible
 * default-ignorable characters such as zero-width joiners), then every run of white space becomes one space and the
 * ends are trimmed. Look-alike letters from other scripts are not folded: they are another name, and adding a
 * name that looks like an existing one is refused elsewhere.
 */
final class PersonName {
    static final int MAX_CHARACTERS = 80;
    private static final String LABEL = "cairn/v2/name-tag";

    private PersonName() {
    }

    static String fold(String name) {
        String folded = Normalizer2.getNFKCCasefoldInstance().normalize(name);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** The name as shown: form C, white space runs made one space, ends trimmed; case and letters as typed. */
    static String display(String name) {
        return Normalizer2.getNFCInstance().normalize(name).strip().replaceAll("(?U)\\s+", " ");
    }

    /** Why {@code name} cannot be a person's name, or null when it can. */
    static InputRefusedException problem(String name) {
        String folded = fold(name);
        if (folded.isEmpty()) {
            return new InputRefusedException("name-empty", "A person's name cannot be empty.");
        }
        if (name.strip().codePointCount(0, name.strip().length()) > MAX_CHARACTERS) {
            return new InputRefusedException("name-too-long", "A person's name can be at most " + MAX_CHARACTERS
                    + " characters long.", MAX_CHARACTERS);
        }
        if (name.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
            return new InputRefusedException("name-control", "A person's name cannot contain control characters.");
        }
        // Invisible and direction-changing characters let a name pose as another: U+202E before "rofakO ecarG"
        // shows "Grace Okafor" on screen, while the fold (which drops them) sees a different name.
        if (name.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT))) {
            return new InputRefusedException("name-invisible",
                    "A person's name cannot contain invisible or direction-changing characters.");
        }
        return null;
    }

    /** HMAC-SHA256(name key, "cairn/v2/name-tag" || 0x00 || UTF-8(fold(name))). */
    static byte[] tag(byte[] nameKey, String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nameKey, "HmacSHA256"));
            mac.update(LABEL.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return mac.doFinal(fold(name).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }
}
