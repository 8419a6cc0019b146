package org.cairn.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cairn.vault.VaultPeople;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseFilter;
import org.cairn.casebook.CaseMatches;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ImmigrationDetails;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.RiskSource;
import org.cairn.casebook.SearchTooLongException;

/** Finding, opening and changing cases and their clients. */
public final class CaseFiles {
    private final Casebook casebook;
    private final Guard guard;

    CaseFiles(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** The first {@code limit} cases matching the typed words and the filter, with how many match in all. */
    @Performs(Action.FIND_CASES)
    public CaseMatches find(String typed, CaseFilter filter, int limit) {
        guard.check(Action.FIND_CASES);
        try {
            return casebook.search(typed, filter, limit);
        } catch (SearchTooLongException e) {
            throw new CaseworkException(Problem.SEARCH_TOO_LONG, e);
        }
    }

    /** One case by id, without its content; empty when it is gone. */
    @Performs(Action.FIND_CASES)
    public Optional<CaseFile> summary(long caseId) {
        guard.check(Action.FIND_CASES);
        return casebook.cases().find(caseId);
    }

    /** One case by its reference (as printed on letters and typed at the command line). */
    @Performs(Action.FIND_CASES)
    public Optional<CaseFile> byReference(CaseReference reference) {
        guard.check(Action.FIND_CASES);
        return casebook.cases().findByReference(reference);
    }

    /** A client's details, for starting another case for her; empty when she is gone. */
    @Performs(Action.FIND_CASES)
    public Optional<Client> client(long clientId) {
        guard.check(Action.FIND_CASES);
        // An anonymised case's client row is nobody: there is no one to start a case for.
        return casebook.clients().isAnonymous(clientId) ? Optional.empty() : casebook.clients().find(clientId);
    }

    /** The whole case file; {@code recordOpening} writes "case file opened" to the audit trail first. */
    @Performs(Action.READ_CASE_FILE)
    public CaseFileContents read(long caseId, boolean recordOpening) {
        guard.check(Action.READ_CASE_FILE);
        CaseFile caseFile = casebook.cases().find(caseId).orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
        if (casebook.clients().isAnonymous(caseFile.clientId())) {
            // Its client row holds nothing about her (ADR 0049): there is no case file to show.
            throw new CaseworkException(Problem.CASE_ANONYMISED);
        }
        String subject = caseFile.reference().toString();
        if (recordOpening) {
            casebook.audit().record(AuditAction.CASE_FILE_OPENED, subject);
        }
        Client client = casebook.clients().find(caseFile.clientId())
                .orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
        return new CaseFileContents(caseFile, casebook.cases().immigrationDetails(caseId), client,
                casebook.clients().personal(client.id()), casebook.abusers().forClient(client.id()),
                casebook.notes().forCase(caseId), casebook.tasks().forCase(caseId),
                casebook.consents().forClient(client.id()), casebook.audit().forSubject(subject));
    }

    /** A new case, for a new client ({@code existingClient} null) or one already in the casebook. */
    @Performs(Action.OPEN_NEW_CASE)
    public CaseFile openNew(Long existingClient, ClientDetails client, CaseDetails details) {
        guard.check(Action.OPEN_NEW_CASE);
        if (existingClient != null) {
            // Her never-contact list and details are sealed with her restricted case: a second case would see
            // none of them, and letters from it would not be stopped.
            for (CaseFile hers : casebook.cases().forClient(existingClient)) {
                if (casebook.restrictions().isRestricted(hers.id())) {
                    throw new CaseworkException(Problem.CASE_RESTRICTED);
                }
            }
        }
        return casebook.transactions().write(tx -> {
            long owner = existingClient != null ? existingClient : casebook.clients().create(tx, client).id();
            return casebook.cases().open(tx, owner, details);
        });
    }

    /** The client's details and sensitive personal details, saved together. */
    @Performs(Action.SAVE_CLIENT)
    public void saveClient(long clientId, ClientDetails details, PersonalDetails personal) {
        guard.check(Action.SAVE_CLIENT);
        casebook.transactions().write(tx -> {
            casebook.clients().update(tx, clientId, details);
            casebook.clients().updatePersonal(tx, clientId, personal);
            return clientId;
        });
    }

    /** The case's details and immigration details; a risk level changed by hand also goes into the risk history. */
    @Performs(Action.SAVE_CASE)
    public void saveCase(long caseId, CaseDetails details, ImmigrationDetails immigration) {
        guard.check(Action.SAVE_CASE);
        casebook.transactions().write(tx -> {
            CaseFile current = casebook.cases().find(tx, caseId)
                    .orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
            requireMayReassign(current, details);
            if (current.details().risk() != details.risk()) {
                casebook.risk().change(tx, caseId, details.risk(), RiskSource.EDIT, null, null);
            }
            casebook.cases().update(tx, caseId, details);
            casebook.cases().updateImmigrationDetails(tx, caseId, immigration);
            return caseId;
        });
    }

    /**
     * Who a case belongs to decides who may restrict it, so only an administrator or the advocate named on it may
     * hand it to someone else: another advocate must not be able to name herself and then lock its advocate out.
     */
    private void requireMayReassign(CaseFile current, CaseDetails details) {
        String before = current.details().advocate();
        if (VaultPeople.sameName(before, details.advocate()) || guard.person().role() == Role.ADMINISTRATOR
                || VaultPeople.sameName(before, guard.person().name())) {
            return;
        }
        throw new CaseworkException(Problem.NOT_PERMITTED, "REASSIGN_CASE");
    }

    @Performs(Action.CLOSE_CASE)
    public void close(long caseId, LocalDate on) {
        guard.check(Action.CLOSE_CASE);
        casebook.cases().close(caseId, on);
    }

    @Performs(Action.REOPEN_CASE)
    public void reopen(long caseId) {
        guard.check(Action.REOPEN_CASE);
        casebook.cases().reopen(caseId);
    }
}
