package org.cairn.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.recipients.DirectoryRecipient;
import org.cairn.letters.values.Advocate;
import org.cairn.names.LookAlikes;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated: every name the client must never be exposed to, every blocked directory entry and every consent
 * withdrawal in the fixture, spelled hundreds of ways a reader would take for the same name, is refused or asks
 * for an audited decision; genuinely different names go through.
 */
class LookAlikeRecipientsTest {
    static final List<String> NEVER_CONTACT = List.of("Daniel O'Connor", "Northbridge Housing Trust");
    static final String PERSON_CAUSING_HARM = "Karim Haddad";
    static final String HARM_ADDRESS = "14 Mill Lane, Leeds LS2 3AB";
    static final String BLOCKED_ENTRY = "Eastgate Community Centre";
    static final String WITHDRAWN_FROM = "Harbour Women's Trust";
    static final List<String> DIFFERENT = List.of("Danielle Connor", "Karima Hadid", "Northfield Housing Trust",
            "Jasmine Okafor", "Hill Surgery", "Westgate Community Hall");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    private Vault vault;
    private Casebook casebook;
    private Client client;
    private CaseFile caseFile;
    private LetterMaker maker;
    private Template letter;

    @BeforeEach
    void setUp() {
        vault = TestVaults.create(dir).vault();
        casebook = Casebook.open(vault, CLOCK, "advocate.one");
        client = casebook.clients().create(new ClientDetails("Amira", "Amira Example", LocalDate.of(1990, 5, 4),
                List.of("Arabic"), true, ContactSafety.unknown(), null));
        caseFile = casebook.cases().open(client.id(), CaseDetails.opened(LocalDate.of(2026, 3, 1), "Sam"));
        NEVER_CONTACT.forEach(name -> casebook.blockedRecipients().add(client.id(), null, name, "linked"));
        casebook.abusers().add(client.id(), PERSON_CAUSING_HARM, "ex-partner", HARM_ADDRESS);
        DirectoryEntry centre = casebook.directory().add(new DirectoryDetails(BLOCKED_ENTRY,
                org.cairn.casebook.RecipientKind.THIRD_SECTOR, List.of("drop-in"), List.of(), List.of(), "",
                null, null, "2 East Gate, Leeds", null));
        casebook.blockedRecipients().add(client.id(), centre.id(), centre.name(), "his cousin runs it");
        maker = new LetterMaker(casebook, new LetterPdf(FontCatalogue.bundledOnly())::render, CLOCK);
        letter = LetterTemplates.of(casebook).find("letter-support-confirmation").orElseThrow();
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void everyLookAlikeOfABlockedNameOrAPersonCausingHarmIsRefused() {
        LookAlikes lookAlikes = new LookAlikes(41L);
        List<String> names = new ArrayList<>(NEVER_CONTACT);
        names.add(PERSON_CAUSING_HARM);
        List<String> through = new ArrayList<>();
        int tried = 0;
        for (String name : names) {
            for (String variant : lookAlikes.same(name, 150)) {
                tried++;
                if (!refusedWith(typed(variant, null), CheckRule.BLOCKED_RECIPIENT)) {
                    through.add(variant);
                }
            }
            for (String variant : lookAlikes.decorated(name, 100)) {
                tried++;
                if (!refusedWith(typed(variant, null), CheckRule.RECIPIENT_RESEMBLES_BLOCKED)) {
                    through.add(variant);
                }
            }
        }
        assertThat(through).isEmpty();
        assertThat(tried).isEqualTo(750);
    }

    @Test
    void anyoneAtTheAddressOfAPersonCausingHarmIsRefused() {
        List<String> through = new ArrayList<>();
        for (String address : new LookAlikes(5L).same(HARM_ADDRESS, 100)) {
            if (!refusedWith(typed("Jasmine Okafor", address), CheckRule.BLOCKED_RECIPIENT)) {
                through.add(address);
            }
        }
        assertThat(through).isEmpty();
    }

    @Test
    void everyLookAlikeOfABlockedDirectoryEntryFindsTheEntryAndIsRefused() {
        List<String> through = new ArrayList<>();
        for (String variant : new LookAlikes(9L).same(BLOCKED_ENTRY, 200)) {
            Recipient found = DirectoryRecipient.find(casebook, variant).orElse(null);
            if (found == null || !refusedWith(found, CheckRule.BLOCKED_RECIPIENT)) {
                through.add(variant);
            }
        }
        assertThat(through).isEmpty();
    }

    @Test
    void aWithdrawalSpelledAnyLookAlikeWayEndsTheConsent() {
        List<String> ignored = new ArrayList<>();
        LookAlikes lookAlikes = new LookAlikes(13L);
        List<String> variants = new ArrayList<>(lookAlikes.same(WITHDRAWN_FROM, 150));
        variants.addAll(lookAlikes.decorated(WITHDRAWN_FROM, 50));
        for (String variant : variants) {
            record(WITHDRAWN_FROM, ConsentDecision.GIVEN);
            assertThat(inForce()).isTrue();
            record(variant, ConsentDecision.WITHDRAWN);
            if (inForce()) {
                ignored.add(variant);
            }
        }
        assertThat(ignored).isEmpty();
        LetterDraft draft = maker.prepare(request(typed("Intake Team", null, WITHDRAWN_FROM)));
        assertThat(draft.check().of(CheckRule.CONSENT_MISSING)).isNotEmpty();
    }

    @Test
    void genuinelyDifferentNamesAndAddressesAreNotRefusedAsBlocked() {
        for (String other : DIFFERENT) {
            LetterDraft draft = maker.prepare(request(typed(other, "3 Other Road, Leeds LS9 9ZZ")));
            assertThat(draft.check().of(CheckRule.BLOCKED_RECIPIENT)).as(other).isEmpty();
            assertThat(draft.check().of(CheckRule.RECIPIENT_RESEMBLES_BLOCKED)).as(other).isEmpty();
        }
    }

    private boolean refusedWith(Recipient recipient, CheckRule rule) {
        LetterDraft draft = maker.prepare(request(recipient));
        return !draft.check().allowed() && !draft.check().of(rule).isEmpty();
    }

    private LetterRequest request(Recipient recipient) {
        return new LetterRequest(caseFile.id(), letter, recipient, new Advocate("Sam", null, null, null), Map.of(),
                null, "She agreed on the phone");
    }

    private static Recipient typed(String name, String address) {
        return typed(name, address, null);
    }

    private static Recipient typed(String name, String address, String organisation) {
        return new Recipient(name, RecipientKind.THIRD_SECTOR, null, organisation, address, null);
    }

    private void record(String organisation, ConsentDecision decision) {
        casebook.consents().record(client.id(), new ConsentRecord(ConsentPurpose.SHARE_WITH_ORGANISATION,
                organisation, decision, TODAY, ConsentMethod.VERBAL, null));
    }

    private boolean inForce() {
        return casebook.consents().isInForce(client.id(), ConsentPurpose.SHARE_WITH_ORGANISATION, WITHDRAWN_FROM,
                TODAY);
    }
}
