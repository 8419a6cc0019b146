package org.cairn.casework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ErasureRecord;
import org.cairn.casebook.ErasureScope;
import org.cairn.casebook.Text;
import org.cairn.vault.LocalJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erasing a client, or one case, for good (ADR 0041): her rows go from every table, the audit rows about her keep
 * only that an erasure happened, the files are rewritten so no freed page keeps her, and the erasure is journalled
 * by identifiers in the casebook and on this computer, so restoring an older backup here erases her again.
 */
public final class Erasure {
    private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);
    private final Casebook casebook;
    private final Guard guard;
    private final Optional<LocalJournal> thisComputer;
    private List<ErasureRecord> reappliedAtUnlock = List.of();

    Erasure(Casebook casebook, Guard guard, Optional<LocalJournal> thisComputer) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
        this.thisComputer = Objects.requireNonNull(thisComputer);
    }

    /**
     * Erases the client one of whose cases has {@code caseReference}, with all her cases. Refused while any of them
     * is under a legal hold ({@link Problem#ON_LEGAL_HOLD}) or without a reason ({@link Problem#REASON_NEEDED}); the
     * reason is kept in the audit trail, so it should say why, not who.
     */
    @Performs(Action.ERASE_CLIENT)
    public ErasureRecord eraseClient(String caseReference, String reason) {
        guard.check(Action.ERASE_CLIENT);
        return erase(caseReference, reason, true);
    }

    /**
     * Erases one case. When it is the client's only case, she is erased with it (her details would otherwise stay
     * with nothing to find them by), and the record says {@link ErasureScope#CLIENT}.
     */
    @Performs(Action.ERASE_CASE)
    public ErasureRecord eraseCase(String caseReference, String reason) {
        guard.check(Action.ERASE_CASE);
        return erase(caseReference, reason, false);
    }

    /**
     * Applies again every erasure this computer (or the casebook's own journal) knows of and this copy has not
     * had: after a restore of an older backup, or an older copy of the folder put back. Returns those applied.
     */
    @Performs(Action.REAPPLY_ERASURES)
    public List<ErasureRecord> reapplyRecorded() {
        guard.check(Action.REAPPLY_ERASURES);
        return reapply();
    }

    private List<ErasureRecord> reapply() {
        List<ErasureRecord> inCasebook = casebook.erasures().journal();
        Set<String> held = new HashSet<>();
        inCasebook.forEach(record -> held.add(record.erasureId()));
        Set<String> known = new HashSet<>();
        List<ErasureRecord> missing = new ArrayList<>();
        for (String line : thisComputer.map(LocalJournal::lines).orElse(List.of())) {
            ErasureRecord record;
            try {
                record = ErasureRecord.decode(line);
            } catch (IllegalArgumentException e) {
                // A damaged line cannot name anyone to erase; opening goes on without it.
                LOG.warn("a line of this computer's erasure journal is damaged and was skipped");
                continue;
            }
            known.add(record.erasureId());
            if (held.add(record.erasureId())) {
                missing.add(record);
            }
        }
        // Erasures made on another computer are learnt here, so an older copy restored here later loses them too.
        for (ErasureRecord record : inCasebook) {
            if (!known.contains(record.erasureId())) {
                thisComputer.ifPresent(journal -> journal.append(record.encode()));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        List<ErasureRecord> applied = casebook.transactions().write(tx -> {
            List<ErasureRecord> done = new ArrayList<>();
            for (ErasureRecord record : missing) {
                if (casebook.erasures().reapply(tx, record)) {
                    done.add(record);
                }
            }
            return done;
        });
        casebook.transactions().compact();
        return applied;
    }

    /** Applied as the casebook is unlocked, whatever the person's role: nobody may keep an erased client. */
    void reapplyAtUnlock() {
        reappliedAtUnlock = reapply();
    }

    /** The erasures applied again when this casebook was unlocked, so the screen or command can say so. */
    @Performs(Action.REAPPLY_ERASURES)
    public List<ErasureRecord> reappliedAtUnlock() {
        guard.check(Action.REAPPLY_ERASURES);
        return reappliedAtUnlock;
    }

    /** The erasures this casebook holds in its journal, oldest first: identifiers and times only. */
    @Performs(Action.ERASE_CLIENT)
    public List<ErasureRecord> journal() {
        guard.check(Action.ERASE_CLIENT);
        return casebook.erasures().journal();
    }

    private ErasureRecord erase(String caseReference, String reason, boolean wholeClient) {
        if (!Text.meaningful(reason)) {
            throw new CaseworkException(Problem.REASON_NEEDED);
        }
        String reference = caseReference == null ? "" : caseReference.strip();
        ErasureRecord record = casebook.transactions().write(tx -> {
            long[] found = casebook.erasures().findCase(tx, reference)
                    .orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
            List<Long> all = casebook.erasures().casesOf(tx, found[1]);
            boolean client = wholeClient || all.size() == 1;
            List<Long> cases = client ? all : List.of(found[0]);
            if (casebook.erasures().anyOnHold(tx, cases)) {
                throw new CaseworkException(Problem.ON_LEGAL_HOLD);
            }
            return casebook.erasures().erase(tx, client ? ErasureScope.CLIENT : ErasureScope.CASE, found[1], cases,
                    reason.strip());
        });
        // This computer keeps the line even if the casebook's files are later put back from an older copy.
        thisComputer.ifPresent(journal -> journal.append(record.encode()));
        casebook.transactions().compact();
        return record;
    }
}
