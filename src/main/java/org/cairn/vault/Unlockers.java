package org.cairn.vault;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ways to unlock: a person's name and passphrase (one key derivation, whoever shares the casebook), a
 * passphrase alone while the casebook has one person, and the recovery key.
 */
final class Unlockers {
    /** Salts the derivation done for a name that has no slot; the result is thrown away. */
    private static final String NO_SUCH_NAME = "cairn/v2/no-such-name ";

    private Unlockers() {
    }

    static SlotUnwrapper person(String name, Passphrase passphrase, PassphraseKdf kdf) {
        return header -> {
            List<KeySlot> people = header.slots().stream().filter(s -> s.type() == SlotType.PERSON).toList();
            if (people.isEmpty()) {
                // A casebook from before names: its one passphrase opens it, whatever name is given.
                return passphraseOnly(passphrase, kdf).unwrap(header);
            }
            byte[] tag = PersonName.tag(header.nameKey(), name);
            KeySlot match = null;
            for (KeySlot slot : people) {
                if (MessageDigest.isEqual(slot.nameTag(), tag) && match == null) {
                    match = slot;
                }
            }
            if (match == null) {
                // The same work and the same answer as a wrong passphrase, so a name's absence does not show.
                byte[] salt = Arrays.copyOf(PersonName.tag(header.nameKey(), NO_SUCH_NAME + name),
                        KeySlot.SALT_BYTES);
                Arrays.fill(derive(kdf, passphrase.toUtf8(), salt, people.get(0).kdfParams()), (byte) 0);
                return Optional.empty();
            }
            return openPerson(match, header.casebookId(), passphrase, kdf);
        };
    }

    /** Refuses (with a sentence, not as a wrong passphrase) a casebook shared by several people. */
    static SlotUnwrapper passphraseOnly(Passphrase passphrase, PassphraseKdf kdf) {
        return header -> {
            KeySlot slot = header.onlyPassphraseSlot().orElseThrow(() -> new VaultException(VaultProblem.NAME_NEEDED,
                    "Several people share this casebook. Give your name with your passphrase to unlock it.", null));
            if (slot.type() == SlotType.PERSON) {
                return openPerson(slot, header.casebookId(), passphrase, kdf);
            }
            return openLegacy(slot, header.casebookId(), passphrase, kdf);
        };
    }

    static SlotUnwrapper recoveryKey(RecoveryKey recoveryKey) {
        return header -> {
            for (KeySlot slot : header.slots()) {
                byte[] privateKey = slot.type() == SlotType.RECOVERY
                        ? RecipientSlots.recoveryPrivateKey(slot, recoveryKey) : null;
                Optional<byte[]> key = privateKey != null
                        ? RecipientSlots.unwrap(slot, header.casebookId(), privateKey)
                        : slot.type() == SlotType.RECOVERY_KEY
                                ? KeySlots.unwrapWithRecoveryKey(List.of(slot), header.casebookId(), recoveryKey)
                                : Optional.empty();
                if (key.isPresent()) {
                    return Optional.of(new SlotUnwrapper.Unlocked(key.get(), SlotUnwrapper.Unlocked.RECOVERY, null,
                            privateKey));
                }
                Arrays.fill(privateKey == null ? new byte[0] : privateKey, (byte) 0);
            }
            return Optional.empty();
        };
    }

    static Optional<SlotUnwrapper.Unlocked> openPerson(KeySlot slot, byte[] casebookId,
            Passphrase passphrase, PassphraseKdf kdf) {
        byte[] kek = derive(kdf, passphrase.toUtf8(), slot.salt(), slot.kdfParams());
        Optional<byte[]> privateKey;
        try {
            privateKey = RecipientSlots.openPrivateKey(slot, casebookId, kek);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
        if (privateKey.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> key = RecipientSlots.unwrap(slot, casebookId, privateKey.get());
        if (key.isEmpty()) {
            Arrays.fill(privateKey.get(), (byte) 0);
        }
        return key.map(master -> new SlotUnwrapper.Unlocked(master, slot.slotId(), null, privateKey.get()));
    }

    /**
     * A format-1 slot: the passphrase in form C, then, only when it differs, exactly as typed (docs/FORMAT.md).
     * The form-C key is kept either way, because a named slot made from it is opened with form C from then on.
     */
    private static Optional<SlotUnwrapper.Unlocked> openLegacy(KeySlot slot, byte[] casebookId, Passphrase passphrase,
            PassphraseKdf kdf) {
        byte[] composed = derive(kdf, passphrase.toUtf8(), slot.salt(), slot.kdfParams());
        Optional<byte[]> key = KeySlots.unwrapWithKek(slot, casebookId, composed.clone());
        if (key.isEmpty()) {
            key = passphrase.asTypedUtf8IfDifferent().flatMap(typed -> KeySlots.unwrapWithKek(slot, casebookId,
                    derive(kdf, typed, slot.salt(), slot.kdfParams())));
        }
        if (key.isEmpty()) {
            Arrays.fill(composed, (byte) 0);
            return Optional.empty();
        }
        return Optional.of(new SlotUnwrapper.Unlocked(key.get(), SlotUnwrapper.Unlocked.LEGACY, composed, null));
    }

    /** Wipes {@code secret}. */
    static byte[] derive(PassphraseKdf kdf, byte[] secret, byte[] salt, KdfParams params) {
        try {
            return kdf.derive(secret, salt, params);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
