package org.cairn.vault;

import java.util.Arrays;

/** The one passphrase slot of a casebook from before names, until it is named. */
final class LegacySlot {
    private LegacySlot() {
    }

    /** Replaces the format-1 passphrase slot; the key kept for naming it follows the new passphrase. */
    static void changePassphrase(Vault vault, VaultOptions options, Passphrase passphrase, KdfPolicy kdfPolicy) {
        VaultCreation.requirePolicy(passphrase);
        KdfParams params = kdfPolicy.paramsForNewSlot();
        byte[] salt = KeySlots.randomBytes(options.random(), KeySlot.SALT_BYTES);
        byte[] kek = Unlockers.derive(options.kdf(), passphrase.toUtf8(), salt, params);
        try {
            vault.rewrite((header, key, next, naming) -> {
                KeySlot old = header.slots().stream().filter(s -> s.type() == SlotType.PASSPHRASE).findFirst()
                        .orElseThrow(() -> new VaultException(VaultProblem.WHOSE_PASSPHRASE,
                                "Choose whose passphrase to set.", null));
                KeySlot fresh = KeySlots.legacyPassphrase(next.bytes(), header.casebookId(), kek, salt, params,
                        options.random());
                return header.withSlots(VaultPeople.replace(header.slots(), old, fresh));
            }, false);
            int acting = vault.inspect((header, key, slotId) -> slotId);
            if (acting == SlotUnwrapper.Unlocked.LEGACY) {
                vault.actingAs(acting, kek.clone(), null);
            }
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }
}
