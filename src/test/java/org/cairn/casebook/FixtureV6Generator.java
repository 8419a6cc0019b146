package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.cairn.casebook.RecordIdentities.Kind;
import org.cairn.casework.Casework;
import org.cairn.casework.Role;
import org.cairn.transfer.PairedCasebook;
import org.cairn.transfer.PairingCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the schema v6 fixture adds on top of the earlier content: lasting ids (written down in settings so the
 * fixture test can prove they survive), one more edit of the fixture note (its version vector counts 3 changes
 * here), this casebook's transfer keys, and one paired casebook with fixed keys, on top of the v4 content and v5's
 * ({@link FixtureV5Generator}: v5 and v6 were released together). Run once, only when asked:
 * {@code mvn -o test -Dtest=FixtureV6Generator -Dcairn.fixture.out=src/test/resources/org/cairn/casebook/fixtures/v6}
 * The committed files must never be regenerated after v6 ships; {@link MigrationFixtureTest} checks them.
 */
class FixtureV6Generator {
    static final String CASEBOOK_ID_KEY = "fixture.v6.casebook-id";
    static final String CASE_UID_KEY = "fixture.v6.case-uid";
    static final String OWN_FINGERPRINT_KEY = "fixture.v6.own-fingerprint";
    static final String PARTNER_NAME = "Fixture partner";
    static final String NOTE_TEXT = "Met at drop-in; GP registration refused without proof of address (v6).";
    /** A fixed card, so the paired casebook's fingerprint is known in advance. */
    static final PairingCard PARTNER = new PairingCard("6f1c1d0e-5b8a-4c1e-9d59-0a3b7f2e4c11",
            new X25519PrivateKeyParameters(bytes(7), 0).generatePublicKey().getEncoded(),
            new Ed25519PrivateKeyParameters(bytes(11), 0).generatePublicKey().getEncoded());

    @Test
    @EnabledIfSystemProperty(named = "cairn.fixture.out", matches = ".+")
    void write() throws Exception {
        FixtureWriter.write((casebook, clock) -> {
            FixtureV1Generator.fill(casebook, clock);
            FixtureV2Generator.fill(casebook, clock);
            FixtureV3Generator.fill(casebook);
            FixtureV4Generator.fill(casebook);
            FixtureV5Generator.fill(casebook);
            fill(casebook);
        });
    }

    /** Needs the v1 content (the fixture case and its note). */
    static void fill(Casebook casebook) {
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        Note note = casebook.notes().forCase(file.id()).get(0);
        casebook.notes().edit(note.id(), NOTE_TEXT);
        Casework work = Casework.actingAs(casebook, Role.ADMINISTRATOR);
        PairingCard own = work.transfers().pairingCard();
        work.transfers().pair(PARTNER_NAME, PARTNER);
        casebook.settings().save(CASEBOOK_ID_KEY, casebook.identities().casebookId());
        casebook.settings().save(CASE_UID_KEY, casebook.identities().uidOf(Kind.CASE, file.id()).orElseThrow());
        casebook.settings().save(OWN_FINGERPRINT_KEY, own.fingerprint());
    }

    /** What the v6 fixture must still hold after it is opened (and upgraded by any later version). */
    static void assertV6Content(Casebook casebook) {
        String self = casebook.identities().casebookId();
        assertThat(casebook.settings().find(CASEBOOK_ID_KEY)).contains(self);
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        assertThat(casebook.identities().uidOf(Kind.CASE, file.id()))
                .isEqualTo(casebook.settings().find(CASE_UID_KEY));
        Note note = casebook.notes().forCase(file.id()).get(0);
        assertThat(note.text()).isEqualTo(NOTE_TEXT);
        assertThat(casebook.identities().versionOf(Kind.NOTE, note.id()).orElseThrow().counter(self)).isEqualTo(3);
        Casework work = Casework.actingAs(casebook, Role.ADMINISTRATOR);
        assertThat(work.transfers().pairingCard().fingerprint()).as("the transfer keys are kept")
                .isEqualTo(casebook.settings().find(OWN_FINGERPRINT_KEY).orElseThrow());
        assertThat(work.transfers().paired()).extracting(PairedCasebook::name, PairedCasebook::fingerprint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PARTNER_NAME, PARTNER.fingerprint()));
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    private static byte[] bytes(int seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i * 7);
        }
        return bytes;
    }
}
