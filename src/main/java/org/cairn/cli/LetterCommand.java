package org.cairn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casebook.Text;
import org.cairn.casework.Casework;
import org.cairn.casework.Letters;
import org.cairn.letters.FinishedLetter;
import org.cairn.letters.LetterDraft;
import org.cairn.letters.LetterRenderer;
import org.cairn.letters.LetterRequest;
import org.cairn.letters.LetterTemplates;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.Finding;
import org.cairn.letters.check.MoreReasons;
import org.cairn.letters.check.Outcome;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.pdf.LetterRenderException;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.Printable;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.vault.StorageCause;

@Command(name = "letter", description = "Makes a letter from a template and a case, runs the outgoing-document "
        + "check, keeps an encrypted copy in the case file and writes the PDF. Exits 6 when the check stops it.")
final class LetterCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--case", required = true, paramLabel = "REF", description = "The case reference, C-2026-0042.")
    String caseReference;
    @Option(names = "--template", required = true, paramLabel = "ID", description = "A letter template id "
            + "(cairn template list): built in, or one of the organisation's imported letters (its newest version, "
            + "or ID@VERSION for an older one).")
    String templateId;
    @Option(names = "--recipient", required = true, paramLabel = "NAME", description = "Who the letter goes to; "
            + "'client' for the case's client.")
    String recipientName;
    @Option(names = "--recipient-kind", paramLabel = "KIND", description = "Required for a typed recipient (one "
            + "not in the service directory): third-sector, statutory or immigration-authority. A name on the "
            + "organisation's list of statutory bodies takes that kind unless --kind-reason says why not.")
    String recipientKind;
    @Option(names = "--recipient-organisation", paramLabel = "TEXT", description = "The recipient's organisation.")
    String recipientOrganisation;
    @Option(names = "--recipient-address", paramLabel = "TEXT", description = "The recipient's postal address; "
            + "separate lines with '|'.")
    String recipientAddress;
    @Option(names = "--value", paramLabel = "NAME=TEXT", description = "A value for a placeholder the casebook "
            + "does not hold, such as referral.reason=...; repeatable.")
    Map<String, String> values = new LinkedHashMap<>();
    @Option(names = "--confirm-reason", paramLabel = "TEXT", description = "Confirms sending immigration details "
            + "to a statutory body or the immigration authority; the reason is audited.")
    String confirmReason;
    @Option(names = "--consent-reason", paramLabel = "TEXT", description = "Goes ahead although the client's "
            + "consent for this purpose is not recorded or has expired; the reason is audited.")
    String consentReason;
    @Option(names = "--different-person-reason", paramLabel = "TEXT", description = "Confirms that a recipient "
            + "whose name contains a blocked name (a title, initial or other name added) is someone else; the "
            + "reason is audited.")
    String differentPersonReason;
    @Option(names = "--kind-reason", paramLabel = "TEXT", description = "Keeps --recipient-kind for a recipient "
            + "that matches the organisation's list of statutory bodies; the reason is audited.")
    String kindReason;
    @Option(names = "--contact-reason", paramLabel = "TEXT", description = "Confirms sending where the client is "
            + "or how to reach her to a statutory body or the immigration authority; the reason is audited.")
    String contactReason;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF "
            + "(must not exist).")
    Path out;
    @Spec
    CommandSpec spec;

    LetterCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CaseReference reference = parseReference();
        requireMeaningful("--confirm-reason", confirmReason);
        requireMeaningful("--consent-reason", consentReason);
        requireMeaningful("--different-person-reason", differentPersonReason);
        requireMeaningful("--kind-reason", kindReason);
        requireMeaningful("--contact-reason", contactReason);
        if (Files.exists(out)) {
            throw new CliFailure(ExitCodes.FAILED, out + " already exists; choose a new file name");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            Casework casework = unlocked.casework();
            Letters letters = casework.letters();
            Template template = template(letters.templates());
            CaseFile file = casework.cases().byReference(reference).orElseThrow(() -> new CliFailure(
                    ExitCodes.FAILED, "there is no case " + reference + " in this casebook"));
            Recipient recipient = recipient(letters, file.id(), template);
            LetterRenderer renderer = new LetterPdf(FontCatalogue.system())::render;
            LetterDraft draft = letters.prepare(new LetterRequest(file.id(), template, recipient,
                    new Advocate(null, null, null, null), values, confirmReason, consentReason,
                    new MoreReasons(differentPersonReason, kindReason, contactReason)));
            // A recipient who may never receive this letter is said first: asking for missing values would be
            // pointless.
            boolean neverAllowed = draft.check().stopping().stream()
                    .anyMatch(f -> f.outcome() == Outcome.BLOCKED || f.outcome() == Outcome.UNAVAILABLE);
            if (!neverAllowed && !draft.missing().isEmpty()) {
                throw new CliFailure(ExitCodes.FAILED, "this letter needs a value for: "
                        + String.join(", ", draft.missing()) + "; record it in the case, or give it with --value "
                        + draft.missing().get(0) + "=TEXT");
            }
            if (!draft.check().allowed()) {
                err.println("cairn: the outgoing-document check stopped this letter; nothing was written:");
                draft.check().stopping().forEach(finding -> err.println("  " + describe(finding)));
                err.flush();
                return ExitCodes.REFUSED_BY_DISCLOSURE_CHECK;
            }
            draft.check().findings().stream().filter(f -> f.outcome() == Outcome.WARNING)
                    .forEach(finding -> err.println("cairn: warning: " + describe(finding)));
            if (unlocked.vault().readOnly()) {
                return writeWithoutKeeping(renderer, draft, err);
            }
            // Kept first, then written; LETTER_SAVED is audited only once the file really exists.
            FinishedLetter finished = finish(letters, renderer, draft);
            write(finished.pdf());
            letters.recordAgain(finished.kept().id(), LetterDisposition.SAVED);
            err.println("cairn: wrote " + out + ". This file is not encrypted: it has left the casebook. "
                    + "A copy is kept in the case file.");
            err.flush();
        }
        return ExitCodes.OK;
    }

    private Template template(LetterTemplates letters) {
        int at = templateId.lastIndexOf('@');
        Optional<Template> found = Optional.empty();
        if (at > 0 && templateId.substring(at + 1).matches("[0-9]{1,9}")) {
            found = letters.find(templateId.substring(0, at), Integer.parseInt(templateId.substring(at + 1)));
        }
        return found.or(() -> letters.find(templateId.strip())).orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                "there is no letter template '" + Printable.of(templateId) + "'; cairn template list shows them"));
    }

    /**
     * A read-only casebook cannot keep the copy or audit the letter, so only a letter the check allows without any
     * override may leave it: an override must always be audited.
     */
    private int writeWithoutKeeping(LetterRenderer renderer, LetterDraft draft, PrintWriter err) {
        if (confirmReason != null || consentReason != null) {
            throw new CliFailure(ExitCodes.FAILED, "the casebook is open read-only, so an override (--confirm-reason "
                    + "or --consent-reason) cannot be audited; open it writable to make this letter");
        }
        try {
            write(renderer.render(draft.layout().orElseThrow()));
        } catch (LetterRenderException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage());
        }
        err.println("cairn: wrote " + out + ". This file is not encrypted: it has left the casebook. The casebook "
                + "is read-only, so no copy was kept in the case file and the letter is not in the audit trail.");
        err.flush();
        return ExitCodes.OK;
    }

    private FinishedLetter finish(Letters letters, LetterRenderer renderer, LetterDraft draft) {
        try {
            return letters.finish(draft, LetterDisposition.KEPT, renderer);
        } catch (LetterRenderException e) {
            // The renderer's messages are written for advocates and never quote case data.
            throw new CliFailure(ExitCodes.FAILED, e.getMessage());
        }
    }

    private Recipient recipient(Letters letters, long caseId, Template template) {
        if (recipientName.strip().equalsIgnoreCase("client")) {
            return letters.clientRecipient(caseId);
        }
        // A name in the service directory brings its kind, address and entry id, which the blocked-recipient rule
        // needs; anything else is a recipient typed here.
        Optional<Recipient> listed = letters.directoryRecipient(recipientName.strip());
        if (listed.isPresent()) {
            return listed.get();
        }
        // A typed recipient has no kind until one is chosen: the kind decides which rules apply.
        if (recipientKind == null) {
            throw new CliFailure(ExitCodes.USAGE, "'" + Printable.of(recipientName.strip()) + "' is not in the "
                    + "service directory; say what kind of recipient it is with --recipient-kind third-sector, "
                    + "statutory or immigration-authority");
        }
        RecipientKind kind = kind(recipientKind);
        if (kind == RecipientKind.CLIENT) {
            throw new CliFailure(ExitCodes.USAGE, "to write to the client, use --recipient client");
        }
        String address = recipientAddress == null ? null : String.join("\n", recipientAddress.split("\\|"));
        return new Recipient(recipientName.strip(), kind, null, recipientOrganisation, address, null);
    }

    private static RecipientKind kind(String token) {
        for (RecipientKind kind : RecipientKind.values()) {
            if (kind.token().equals(token.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new CliFailure(ExitCodes.USAGE, "--recipient-kind must be third-sector, statutory or "
                + "immigration-authority");
    }

    private CaseReference parseReference() {
        try {
            return CaseReference.parse(caseReference.strip());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "--case must be a case reference such as C-2026-0042");
        }
    }

    private static String describe(Finding finding) {
        String fields = finding.fields().isEmpty() ? "" : " (fields: " + String.join(", ", finding.fields()) + ")";
        String answer = finding.outcome() != Outcome.NEEDS_REASON ? ""
                : " Give " + reasonOption(finding.rule()) + " TEXT to go ahead.";
        return finding.rule().name().toLowerCase(Locale.ROOT).replace('_', '-') + fields + ": "
                + FindingWords.explain(finding) + answer;
    }

    private static String reasonOption(CheckRule rule) {
        return switch (rule) {
            case CONSENT_MISSING -> "--consent-reason";
            case RECIPIENT_RESEMBLES_BLOCKED -> "--different-person-reason";
            case RECIPIENT_KIND_LISTED -> "--kind-reason";
            case LOCATION_OR_CONTACT_TO_AUTHORITY -> "--contact-reason";
            default -> "--confirm-reason";
        };
    }

    /** A reason that is given must say something: at least three letters, not only spaces and punctuation. */
    private static void requireMeaningful(String option, String reason) {
        if (reason != null && !Text.meaningful(reason)) {
            throw new CliFailure(ExitCodes.USAGE, option + " needs a reason in words (at least three letters); "
                    + "spaces and punctuation alone are not a reason");
        }
    }

    private void write(byte[] pdf) {
        try {
            OwnerOnlyFiles.writeNew(out, pdf);
        } catch (IOException e) {
            StorageCause cause = StorageCause.of(e);
            throw new CliFailure(ExceptionMapper.forCause(cause), "could not write " + out + ": " + cause.reason()
                    + "; a copy of the letter is kept in the case file. " + cause.advice());
        }
    }
}
