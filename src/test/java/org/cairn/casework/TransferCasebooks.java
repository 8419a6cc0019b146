package org.cairn.casework;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.transfer.PairingCard;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;

/** Test casebooks that pair with each other and hold a case worth sending (used by the screens' tests too). */
public final class TransferCasebooks implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    private final Path dir;
    private final List<Vault> vaults = new ArrayList<>();

    public TransferCasebooks(Path dir) {
        this.dir = dir;
    }

    /** A new casebook acted on by an advocate named after it. */
    public Laptop laptop(String name) {
        Vault vault = TestVaults.create(dir.resolve(name)).vault();
        vaults.add(vault);
        Casebook casebook = Casebook.open(vault, CLOCK, name + ".advocate");
        return new Laptop(name, vault, casebook, Casework.actingAs(casebook, Role.ADVOCATE));
    }

    /** Each keeps the other's card (read back from its file text, as a person would carry it). */
    public static void pair(Laptop one, Laptop other) {
        PairingCard oneCard = PairingCard.parse(one.work().transfers().pairingCard().toFileText());
        PairingCard otherCard = PairingCard.parse(other.work().transfers().pairingCard().toFileText());
        one.work().transfers().pair(other.name(), otherCard);
        other.work().transfers().pair(one.name(), oneCard);
    }

    @Override
    public void close() {
        vaults.forEach(Vault::close);
    }

    public record Laptop(String name, Vault vault, Casebook casebook, Casework work) {
        /** A case with two notes (one edited), a task, two consents, a person causing harm and a never-contact mark. */
        public CaseFile caseWithHistory(String alias) {
            long client = casebook.clients().create(ClientDetails.withAlias(alias)).id();
            CaseFile file = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "T. A."));
            long note = casebook.notes().add(file.id(), "Met at drop-in; GP refused").id();
            casebook.notes().edit(note, "Met at drop-in; GP refused without proof of address");
            casebook.notes().add(file.id(), "Called back, safe to text after 6pm");
            casebook.tasks().add(file.id(), "Chase GP registration", LocalDate.of(2026, 3, 20));
            casebook.consents().record(client, new ConsentRecord(ConsentPurpose.COUNT_IN_STATISTICS, null,
                    ConsentDecision.GIVEN, LocalDate.of(2026, 3, 1), ConsentMethod.WRITTEN, null));
            casebook.consents().record(client, new ConsentRecord(ConsentPurpose.REFER_TO_ORGANISATION,
                    "Rights of Women", ConsentDecision.GIVEN, LocalDate.of(2026, 3, 1), ConsentMethod.VERBAL, null));
            casebook.abusers().add(client, "Marco R.", "husband", null);
            casebook.blockedRecipients().add(client, null, "Northtown Community Centre", "his cousin works there");
            return file;
        }
    }
}
