package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Opening into a caller's buffer: a buffer too small is the caller's mistake, never blamed on the Java runtime. */
class AeadOpenIntoTest {
    private final Aead aead = new Aead(KeySlots.randomBytes(new SecureRandom(), 32), new SecureRandom());
    private final byte[] context = {1, 2, 3};

    @Test
    void opensIntoTheBufferAtTheOffset() throws Exception {
        byte[] box = aead.seal(new byte[] {7, 8, 9}, context);
        byte[] out = new byte[5];
        assertThat(aead.openInto(box, 0, box.length, context, out, 2)).isEqualTo(3);
        assertThat(out).containsExactly(0, 0, 7, 8, 9);
    }

    @Test
    void anOutputBufferTooSmallIsReportedAsAProgrammingErrorNotAMissingCipher() {
        byte[] box = aead.seal(new byte[64], context);
        for (int room : new int[] {0, 1, 63}) {
            assertThatThrownBy(() -> aead.openInto(box, 0, box.length, context, new byte[room], 0))
                    .as("room for %d bytes", room)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("not available")
                    .hasMessageContaining("too small");
        }
    }
}
