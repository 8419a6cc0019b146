package org.cairn.stats;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.DemoCasebook;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;

/** Demo casebooks (with referrals and completed safety plans) for the stats tests, on a clock fixed in late 2026 so that 2026Q3 is the latest whole quarter. */
final class StatsCasebooks {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private StatsCasebooks() {
    }

    static Casebook demo(Path dir, int cases, long seed) {
        Vault vault = TestVaults.create(dir).vault();
        Casebook book = Casebook.open(vault, CLOCK, "coordinator");
        new DemoCasebook(book, CLOCK, seed).generate(cases, 250, done -> { });
        StatsDemoEvents.add(vault, LocalDate.now(CLOCK));
        return book;
    }

    static void close(Casebook book) {
        ((Vault) book.transactions()).close();
    }

    /** A new consenting client with one case opened on {@code openedOn}; returns the case id. */
    static long addConsentingCase(Casebook book, LocalDate openedOn) {
        long client = book.clients().create(ClientDetails.withAlias("Late Entry")).id();
        book.consents().record(client, new ConsentRecord(ConsentPurpose.COUNT_IN_STATISTICS, null,
                ConsentDecision.GIVEN, openedOn, ConsentMethod.WRITTEN, null));
        return book.cases().open(client, CaseDetails.opened(openedOn, "R. Mensah")).id();
    }

    static List<Long> caseIds(Casebook book) {
        return book.transactions().read(r -> r.query("SELECT id FROM case_file ORDER BY id", row -> row.getLong(1)));
    }

    static StatsPublisher publisher(Casebook book) {
        return new StatsPublisher(book.transactions(), book.audit(), CLOCK, Catalogue.standard(),
                new java.security.SecureRandom());
    }
}
