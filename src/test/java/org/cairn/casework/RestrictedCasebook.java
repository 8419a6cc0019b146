package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.Note;
import org.cairn.casebook.PersonalDetails;
import org.cairn.testsupport.CanaryScanner;
import org.cairn.vault.CreatedVault;
import org.cairn.vault.DecryptedImage;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RecoveryKey;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * A casebook shared by an administrator and two advocates, with one case of Bo's whose every kind of content
 * carries a canary string unique to the run, so a test can look for it anywhere.
 */
final class RestrictedCasebook {
    static final String ADMIN = "Amina Khan";
    static final String BO = "Bo Li";
    static final String CHIDI = "Chidi Okafor";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    final Path dir;
    final String canary = "Zyxcanary" + HexFormat.of().formatHex(bytes(5));
    final RecoveryKey recoveryKey;
    final long caseId;
    final String reference;

    RestrictedCasebook(Path dir) {
        this.dir = dir;
        CreatedVault created;
        try (Passphrase first = passphraseOf(ADMIN)) {
            created = Vault.create(dir, ADMIN, "administrator", first, TestVaults.fastKdf(), VaultOptions.standard());
        }
        recoveryKey = created.recoveryKey();
        try (Vault vault = created.vault()) {
            for (String name : List.of(BO, CHIDI)) {
                try (Passphrase passphrase = passphraseOf(name)) {
                    vault.people().add(name, "advocate", passphrase, TestVaults.fastKdf());
                }
            }
            Casebook casebook = Casebook.open(vault, CLOCK, ADMIN);
            long client = casebook.clients().create(new ClientDetails("Alias " + canary, "Legal " + canary, null,
                    List.of("Lang" + canary), false, org.cairn.casebook.ContactSafety.unknown(), null)).id();
            casebook.clients().updatePersonal(client, new PersonalDetails("Nat" + canary, null, null, null,
                    "1 " + canary + " Street", "07700 " + canary, canary + "@example.org"));
            CaseFile caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), BO));
            caseId = caseFile.id();
            reference = caseFile.reference().toString();
            Note note = casebook.notes().add(caseId, "First note about " + canary);
            casebook.notes().edit(note.id(), "Edited note about " + canary);
            casebook.abusers().add(client, "Harm " + canary, "partner", "Flat " + canary);
            casebook.tasks().add(caseId, "Call " + canary, LocalDate.of(2026, 12, 20));
        }
    }

    static Passphrase passphraseOf(String name) {
        return Passphrase.copyOf(("passphrase of " + name).toCharArray());
    }

    /** Unlocks as {@code name} and returns their session; close it. */
    Session as(String name) {
        try (Passphrase passphrase = passphraseOf(name)) {
            return new Session(Vault.open(dir, name, passphrase, VaultOptions.standard()), name);
        }
    }

    Session withRecoveryKey() {
        return new Session(Vault.openWithRecoveryKey(dir, recoveryKey, VaultOptions.standard()), "recovery key");
    }

    record Session(Vault vault, Casebook casebook, Casework casework) implements AutoCloseable {
        /** Over a vault opened elsewhere. */
        Session(Vault vault, String actor) {
            this(vault, Casebook.open(vault, CLOCK, actor));
        }

        private Session(Vault vault, Casebook casebook) {
            this(vault, casebook, Casework.unlockedBy(casebook, vault));
        }

        @Override
        public void close() {
            vault.close();
        }
    }

    /** Every place in a session's database where {@code text} appears: "table" for a row holding it. */
    static List<String> tablesHolding(Vault vault, String text) {
        return vault.read(reader -> {
            List<String> found = new ArrayList<>();
            for (String table : reader.query("SELECT name FROM sqlite_master WHERE type = 'table'",
                    row -> row.getString(1))) {
                reader.query("SELECT * FROM \"" + table + "\"", row -> {
                    ResultSetMetaData meta = row.getMetaData();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = row.getObject(c);
                        String asText = value instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1)
                                : String.valueOf(value);
                        if (asText.contains(text)) {
                            found.add(table);
                        }
                    }
                    return null;
                });
            }
            return found;
        });
    }

    /** Whether the decrypted in-memory image holds {@code text} in any of the encodings a scanner checks. */
    static boolean imageHolds(Vault vault, String text) {
        String image = new String(DecryptedImage.of(vault), StandardCharsets.ISO_8859_1);
        for (Charset charset : CanaryScanner.ENCODINGS) {
            if (image.contains(new String(text.getBytes(charset), StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    static void assertNowhere(Session session, String canary) {
        assertThat(tablesHolding(session.vault(), canary)).as("tables holding the canary").isEmpty();
        assertThat(imageHolds(session.vault(), canary)).as("the decrypted image holds the canary").isFalse();
        assertThat(session.casebook().search(canary, 10)).as("search").isEmpty();
    }

    private static byte[] bytes(int count) {
        byte[] out = new byte[count];
        new SecureRandom().nextBytes(out);
        return out;
    }
}
