package org.cairn.letters;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.BlockMatch;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.KeptLetter;
import org.cairn.casebook.LetterCopy;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.check.CheckRequest;
import org.cairn.letters.check.CheckResult;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.Field;
import org.cairn.letters.check.Finding;
import org.cairn.letters.check.OutgoingCheck;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.check.RecipientFacts;
import org.cairn.letters.fill.BodyFiller;
import org.cairn.letters.fill.FilledBody;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.lists.OiscPhrases;
import org.cairn.letters.lists.StatutoryBodies;
import org.cairn.letters.values.LetterFacts;
import org.cairn.templates.MarkdownBody;
import org.cairn.templates.PlaceholderCatalogue;
import org.cairn.templates.PlaceholderDefinition;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.TemplateHeader;

/**
 * The one pipeline the app and the command line share: fill a letter template from the case, run the
 * outgoing-document check, and, only when it passes, render the PDF, keep an encrypted copy in the case file and
 * audit what was done (with every override and its reason) in the same transaction.
 */
public final class LetterMaker {
    private final Casebook casebook;
    private final LetterRenderer renderer;
    private final Clock clock;
    private final PlaceholderCatalogue catalogue = PlaceholderCatalogue.standard();
    private final BodyFiller filler = new BodyFiller();
    private final OutgoingCheck check = new OutgoingCheck();
    private final StatutoryBodies statutory;
    private final OiscPhrases oisc;

    public LetterMaker(Casebook casebook, LetterRenderer renderer, Clock clock) {
        this.casebook = casebook;
        this.renderer = renderer;
        this.clock = clock;
        this.statutory = new StatutoryBodies(casebook);
        this.oisc = new OiscPhrases(casebook);
    }

    public LetterDraft prepare(LetterRequest request) {
        TemplateHeader header = request.template().header();
        if (!(request.template().body() instanceof MarkdownBody body)) {
            throw new IllegalArgumentException("only letters and referrals have a Markdown body");
        }
        CaseFile file = casebook.cases().find(request.caseId())
                .orElseThrow(() -> new IllegalArgumentException("there is no such case"));
        LocalDate today = LocalDate.now(clock);
        Map<String, String> values = new HashMap<>(new LetterFacts(casebook).values(request.caseId(),
                request.recipient(), request.advocate(), today, Locale.forLanguageTag(header.language())));
        // Typed values only fill gaps. They never replace a value the casebook or the chosen recipient gives, so
        // the letter prints to exactly the recipient the outgoing-document check was run for.
        request.typedValues().forEach((name, value) -> {
            if (value != null && !value.isBlank() && !name.startsWith("recipient.")) {
                values.putIfAbsent(name, value.strip());
            }
        });
        FilledBody filled = filler.fill(body, values);
        OrgProfile profile = casebook.orgProfile().current();
        CheckResult result = check.check(checkRequest(request, file, filled, values, profile, today));
        Optional<LetterLayout> layout = filled.complete()
                ? Optional.of(LetterLayouts.layout(header, filled, values, profile))
                : Optional.empty();
        return new LetterDraft(request, layout, filled.missing(), result);
    }

    /** Renders the letter in memory for the preview; nothing is kept or audited. */
    public byte[] preview(LetterDraft draft) {
        return renderer.render(draft.layout().orElseThrow(() -> LetterRefusedException.valuesMissing(draft)));
    }

    /**
     * Renders the letter, keeps its copy and audits the disposition and every override, all in one transaction.
     *
     * @throws LetterRefusedException when a value is missing or the check stops the letter
     */
    public FinishedLetter finish(LetterDraft draft, LetterDisposition disposition) {
        refuseUnlessReady(draft);
        return keep(draft, renderer.render(draft.layout().get()), disposition);
    }

    /**
     * Keeps exactly these bytes (the ones the advocate previewed and printed or saved) and audits the disposition
     * and every override, all in one transaction.
     *
     * @throws LetterRefusedException when a value is missing or the check stops the letter
     */
    public FinishedLetter keep(LetterDraft draft, byte[] pdf, LetterDisposition disposition) {
        refuseUnlessReady(draft);
        LetterLayout layout = draft.layout().get();
        LetterRequest request = draft.request();
        TemplateHeader header = request.template().header();
        LetterCopy copy = new LetterCopy(header.id(), header.version(), header.language(), request.recipient().name(),
                request.recipient().kind().name(), request.recipient().directoryEntryId(), layout.subject(), pdf);
        KeptLetter kept = casebook.transactions().write(tx -> {
            KeptLetter letter = casebook.letters().keep(tx, request.caseId(), copy, disposition);
            String subject = casebook.cases().find(request.caseId()).orElseThrow().reference() + " letter:"
                    + letter.id();
            for (Finding confirmed : draft.check().confirmed()) {
                auditOverride(tx, subject, confirmed);
            }
            return letter;
        });
        return new FinishedLetter(kept, pdf);
    }

    private static void refuseUnlessReady(LetterDraft draft) {
        if (draft.layout().isEmpty()) {
            throw LetterRefusedException.valuesMissing(draft);
        }
        if (!draft.check().allowed()) {
            throw LetterRefusedException.checkStops(draft);
        }
    }

    private void auditOverride(org.cairn.vault.Tx tx, String subject, Finding confirmed) throws SQLException {
        AuditAction action = confirmed.rule() == CheckRule.CONSENT_MISSING ? AuditAction.CONSENT_OVERRIDE
                : AuditAction.DISCLOSURE_OVERRIDE;
        String fields = confirmed.fields().isEmpty() ? "" : " [fields: " + String.join(", ", confirmed.fields()) + "]";
        // The older rules keep their audit text; the newer ones name themselves so each decision can be told apart.
        boolean named = confirmed.rule() != CheckRule.CONSENT_MISSING
                && confirmed.rule() != CheckRule.IMMIGRATION_TO_AUTHORITY;
        String rule = named ? " [rule: " + confirmed.rule().name().toLowerCase(Locale.ROOT).replace('_', '-') + "]"
                : "";
        casebook.audit().append(tx, action, subject, confirmed.reason() + fields + rule);
    }

    private CheckRequest checkRequest(LetterRequest request, CaseFile file, FilledBody filled,
            Map<String, String> values, OrgProfile profile, LocalDate today) {
        ClientDetails client = casebook.clients().find(file.clientId()).orElseThrow().details();
        Recipient recipient = request.recipient();
        Set<String> carried = new LinkedHashSet<>(filled.carried());
        carried.addAll(LetterLayouts.recipientFields(values));
        if (LetterLayouts.inClientVoice(request.template().header()) && values.containsKey("client.legalName")) {
            carried.add("client.legalName");
        }
        List<Field> fields = new ArrayList<>();
        for (String name : carried) {
            fields.add(new Field(name, catalogue.find(name).flatMap(PlaceholderDefinition::sensitivity)));
        }
        // Checked for every recipient, whatever its kind: a kind is chosen by hand and can be wrong.
        List<String> names = recipientNames(recipient);
        BlockMatch match = recipient.isClient() ? BlockMatch.NONE : casebook.blockedRecipients()
                .match(file.clientId(), recipient.directoryEntryId(), names, recipient.address());
        // Only a typed recipient is looked up: the directory and the client already say what they are.
        RecipientKind listed = recipient.isClient() || recipient.directoryEntryId() != null ? null
                : statutory.kindOf(names).orElse(null);
        RecipientFacts facts = new RecipientFacts(match.resembles(), listed, oisc.foundIn(LetterLayouts
                .plainText(filled)));
        boolean consent = consentInForce(request, file.clientId(), today);
        return new CheckRequest(request.template().header(), fields, recipient, match.blocks(),
                client.contactSafety().post(), consent, profile.accreditation(), request.disclosureReason(),
                request.consentReason(), facts, request.more());
    }

    private static List<String> recipientNames(Recipient recipient) {
        List<String> names = new ArrayList<>();
        names.add(recipient.name());
        if (recipient.organisation() != null && !recipient.organisation().isBlank()) {
            names.add(recipient.organisation());
        }
        return names;
    }

    private boolean consentInForce(LetterRequest request, long clientId, LocalDate today) {
        Optional<ConsentPurpose> purpose = request.template().header().consent().purpose();
        if (purpose.isEmpty()) {
            return true;
        }
        if (!purpose.get().namesOrganisation()) {
            return casebook.consents().isInForce(clientId, purpose.get(), today);
        }
        Recipient recipient = request.recipient();
        return casebook.consents().isInForce(clientId, purpose.get(), recipient.name(), today)
                || (recipient.organisation() != null && !recipient.organisation().isBlank()
                        && casebook.consents().isInForce(clientId, purpose.get(), recipient.organisation(), today));
    }
}
