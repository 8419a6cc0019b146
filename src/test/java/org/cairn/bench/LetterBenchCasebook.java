package org.cairn.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.LetterRequest;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;

/**
 * The state the app is in when an advocate asks for a letter: a casebook open, with an organisation profile and a
 * client whose case has consent to share with her GP. Built before the clock starts: it is not letter work.
 */
final class LetterBenchCasebook implements AutoCloseable {
    static final Recipient GP = new Recipient("Dr Lee", RecipientKind.STATUTORY, null, "Hill Surgery",
            "2 Hill Road\nLeeds", null);
    private static final Advocate ADVOCATE = new Advocate("Sam Advocate", "Outreach advocate", null, null);

    private final Vault vault;
    private final Casebook casebook;
    private final CaseFile caseFile;

    LetterBenchCasebook(Path directory) {
        vault = TestVaults.create(directory).vault();
        casebook = Casebook.open(vault, Clock.systemDefaultZone(), "bench");
        Client client = casebook.clients().create(new ClientDetails("Amira", "Amira Example",
                LocalDate.of(1990, 5, 4), List.of("Arabic", "English"), true, ContactSafety.unknown(), null));
        caseFile = casebook.cases().open(client.id(), CaseDetails.opened(LocalDate.of(2026, 3, 1), "Sam Advocate"));
        casebook.orgProfile().save(new OrgProfile("Safe Harbour", "1 Quay Street\nLeeds LS1 1AA", "0113 496 0000",
                null, "1234567", null, Accreditation.NONE, "Outreach advocate", null, null, LetterPaper.A4));
        casebook.consents().record(client.id(), new ConsentRecord(ConsentPurpose.SHARE_WITH_ORGANISATION,
                "Hill Surgery", ConsentDecision.GIVEN, LocalDate.now(), ConsentMethod.VERBAL, null));
    }

    Casebook casebook() {
        return casebook;
    }

    LetterRequest toGp(Template template) {
        return new LetterRequest(caseFile.id(), template, GP, ADVOCATE, Map.of(), null, null);
    }

    @Override
    public void close() {
        vault.close();
    }
}
