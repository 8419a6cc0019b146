package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The people box: any names and roles read back exactly; a box moved, changed or cut is damage. */
class PeopleBoxTest {
    private static final byte[] ID = new byte[SnapshotHeader.CASEBOOK_ID_BYTES];

    @Test
    void generatedPeopleReadBackExactly() {
        Random random = new Random(36);
        try (MasterKey key = new MasterKey(KeySlots.randomBytes(new SecureRandom(), 32))) {
            for (int round = 0; round < 200; round++) {
                People people = People.NONE;
                for (int i = 0; i < random.nextInt(12); i++) {
                    people = people.with(new PersonSlot(people.nextSlotId(), text(random, 60), text(random, 16),
                            text(random, 60), Instant.ofEpochMilli(random.nextLong() >>> 20), random.nextInt(50)));
                }
                byte[] sealed = people.seal(key, ID, new SecureRandom());
                assertThat(People.open(sealed, key, ID, "casebook.cairn")).isEqualTo(people);
            }
        }
    }

    @Test
    void aBoxFromAnotherCasebookOrChangedInAnyByteIsDamage() {
        try (MasterKey key = new MasterKey(KeySlots.randomBytes(new SecureRandom(), 32))) {
            People people = People.NONE.with(new PersonSlot(1, "Amina Khan", "administrator", "Amina Khan",
                    Instant.EPOCH, 1));
            byte[] sealed = people.seal(key, ID, new SecureRandom());
            byte[] otherId = ID.clone();
            otherId[0] = 1;
            assertThatThrownBy(() -> People.open(sealed, key, otherId, "casebook.cairn"))
                    .isInstanceOf(DamagedException.class);
            for (int i = 0; i < sealed.length; i++) {
                byte[] changed = sealed.clone();
                changed[i] ^= 0x20;
                assertThatThrownBy(() -> People.open(changed, key, ID, "casebook.cairn")).as("byte %d", i)
                        .isInstanceOf(DamagedException.class);
            }
            assertThatThrownBy(() -> People.open(java.util.Arrays.copyOf(sealed, sealed.length - 1), key, ID,
                    "casebook.cairn")).isInstanceOf(DamagedException.class);
        }
    }

    /** Letters, marks, right-to-left scripts, emoji (surrogate pairs) and joiners. */
    private static String text(Random random, int max) {
        int[] pool = {'a', 'Z', ' ', 'é', 'ß', 0x0301, 0x0645, 0x0986, 0x200D, 0x1F469, 0x4E2D, '\''};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < random.nextInt(max); i++) {
            out.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return out.toString();
    }
}
