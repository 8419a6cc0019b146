package org.cairn.casework;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Casebook;
import org.cairn.names.NameMatch;
import org.cairn.transfer.CaseTransfers;
import org.cairn.transfer.ExportedTransfer;
import org.cairn.transfer.ImportOutcome;
import org.cairn.transfer.PairedCasebook;
import org.cairn.transfer.PairingCard;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.TransferKind;
import org.cairn.transfer.TransferPreview;
import org.cairn.transfer.TransferRejectedException;
import org.cairn.vault.Vault;

/**
 * Pairing this casebook with another and moving or sharing cases with it through transfer files. Coordinators
 * never: they hold counts, not cases.
 */
public final class Transfers {
    /** A name for a paired casebook is a short label people recognise, e.g. "Centre laptop". */
    static final int MAX_NAME_LENGTH = 80;

    private final Casebook casebook;
    private final Guard guard;
    private final CaseTransfers transfers;

    Transfers(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
        this.transfers = new CaseTransfers(casebook, new SecureRandom());
    }

    /** This casebook's pairing card (public keys and fingerprint) for another casebook to keep. */
    @Performs(Action.SHOW_PAIRING_CARD)
    public PairingCard pairingCard() {
        guard.check(Action.SHOW_PAIRING_CARD);
        return transfers.ownCard();
    }

    /** Keeps another casebook's card under a name; the two people then compare the fingerprint. */
    @Performs(Action.PAIR_CASEBOOK)
    public PairedCasebook pair(String name, PairingCard card) {
        guard.check(Action.PAIR_CASEBOOK);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new CaseworkException(Problem.EMPTY_TEXT);
        }
        if (label.length() > MAX_NAME_LENGTH || label.codePoints().anyMatch(Character::isISOControl)) {
            throw new CaseworkException(Problem.PAIRING_NAME_INVALID, MAX_NAME_LENGTH);
        }
        if (card.casebookId().equals(transfers.casebookId())) {
            throw new CaseworkException(Problem.PAIRING_REFUSED, "ITSELF");
        }
        if (transfers.pairedWith(card.casebookId()).isPresent()) {
            throw new CaseworkException(Problem.PAIRING_REFUSED, "ALREADY_PAIRED");
        }
        boolean nameTaken = transfers.allPaired().stream()
                .anyMatch(p -> p.name().equals(label) || casebook.names().compare(label, p.name()) == NameMatch.SAME);
        if (nameTaken) {
            throw new CaseworkException(Problem.PAIRING_REFUSED, "NAME_IN_USE");
        }
        return transfers.pair(label, card);
    }

    @Performs(Action.LIST_PAIRED_CASEBOOKS)
    public List<PairedCasebook> paired() {
        guard.check(Action.LIST_PAIRED_CASEBOOKS);
        return transfers.allPaired();
    }

    /**
     * One file holding {@code cases} for the paired casebook named {@code to}, sealed to it and signed by this
     * one. Each case sent is audited here. A move is recorded as a move; the sender keeps its copy until the
     * receiver confirms (receipts come in a later version).
     */
    @Performs(Action.SEND_TRANSFER)
    public ExportedTransfer export(List<CaseReference> cases, String to, TransferKind kind) {
        guard.check(Action.SEND_TRANSFER);
        if (cases.isEmpty()) {
            throw new CaseworkException(Problem.EMPTY_TEXT);
        }
        PairedCasebook receiver = transfers.paired(to == null ? "" : to.strip())
                .orElseThrow(() -> new CaseworkException(Problem.PAIRING_REFUSED, "NOT_PAIRED"));
        for (CaseReference reference : cases) {
            var found = casebook.cases().findByReference(reference)
                    .orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
            // Its content is sealed here for named people only: a file would carry an empty shell as if whole.
            if (casebook.restrictions().isRestricted(found.id())) {
                throw new CaseworkException(Problem.CASE_RESTRICTED);
            }
            // A case has one counting casebook; a shared copy moved on would be counted twice.
            if (kind == TransferKind.MOVE && !transfers.mayMove(reference)) {
                throw new CaseworkException(Problem.MOVE_NOT_OWNER);
            }
        }
        try {
            return transfers.export(List.copyOf(new java.util.LinkedHashSet<>(cases)), receiver, kind);
        } catch (org.cairn.transfer.MoveRefusedException e) {
            // Nothing was written; the words name what to do (send it again only to the casebook it awaits).
            throw new CaseworkException(Problem.MOVE_REFUSED, e.reason().name());
        }
    }

    /** What importing {@code file} would do, before anything changes. */
    @Performs(Action.PREVIEW_TRANSFER)
    public TransferPreview preview(byte[] file) {
        guard.check(Action.PREVIEW_TRANSFER);
        try {
            return transfers.preview(file);
        } catch (TransferRejectedException e) {
            throw refused(e);
        }
    }

    /**
     * Imports {@code file} with no choices made: adds the new cases and merges those already here, which is
     * refused if the merge has any conflict (see {@link #importFile(Vault, byte[], Path, Resolutions)}).
     */
    @Performs(Action.RECEIVE_TRANSFER)
    public ImportOutcome importFile(Vault vault, byte[] file, Path backup) {
        guard.check(Action.RECEIVE_TRANSFER);
        return importResolved(vault, file, backup, Resolutions.none());
    }

    /**
     * Imports the cases in {@code file}, after checking the whole file and writing a backup of {@code vault}
     * (this casebook's) to {@code backup}; one audited transaction. New cases are added; cases already here are
     * merged (ADR 0042): their changes taken, notes and history added, each conflict settled by
     * {@code resolutions}. Refused, changing nothing and writing no backup, while any conflict is left without a
     * choice ({@code CONFLICTS_UNRESOLVED}) or a choice names nothing in the file ({@code RESOLUTION_UNKNOWN}).
     * The conflicts and removals to choose on are in {@link #preview(byte[])}'s {@code merge()}.
     */
    @Performs(Action.RECEIVE_TRANSFER)
    public ImportOutcome importFile(Vault vault, byte[] file, Path backup, Resolutions resolutions) {
        guard.check(Action.RECEIVE_TRANSFER);
        return importResolved(vault, file, backup, resolutions);
    }

    private ImportOutcome importResolved(Vault vault, byte[] file, Path backup, Resolutions resolutions) {
        try {
            return transfers.importFile(file, resolutions, () -> vault.backupTo(backup));
        } catch (TransferRejectedException e) {
            throw refused(e);
        }
    }

    /** The number under which {@code file} was imported here, for {@link #undoImport}; empty when it was not. */
    @Performs(Action.RECEIVE_TRANSFER)
    public java.util.OptionalLong importNumber(byte[] file) {
        guard.check(Action.RECEIVE_TRANSFER);
        try {
            return transfers.importNumber(file);
        } catch (TransferRejectedException e) {
            throw refused(e);
        }
    }

    /**
     * Receiving side of a move: a receipt, signed by this casebook, saying it holds the cases of the move file
     * {@code file} (imported here). From then on that import is no longer undone by deleting it.
     */
    @Performs(Action.RECEIVE_TRANSFER)
    public byte[] moveReceipt(byte[] file) {
        guard.check(Action.RECEIVE_TRANSFER);
        try {
            return transfers.receipt(file);
        } catch (TransferRejectedException e) {
            throw refused(e);
        } catch (org.cairn.transfer.ReceiptRefusedException e) {
            throw new CaseworkException(Problem.RECEIPT_REFUSED, e.reason().name());
        }
    }

    /**
     * Sending side of a move: checks the receiver's receipt and keeps only a closed stub of each case it names
     * (content removed as an erasure removes it, audited). Returns the stubs.
     */
    @Performs(Action.SEND_TRANSFER)
    public List<org.cairn.transfer.MovedCase> confirmMove(byte[] receipt) {
        guard.check(Action.SEND_TRANSFER);
        try {
            return transfers.confirm(receipt);
        } catch (org.cairn.transfer.ReceiptRefusedException e) {
            throw new CaseworkException(Problem.RECEIPT_REFUSED, e.reason().name());
        }
    }

    /** The cases this casebook sent as moves: sent and awaiting a receipt, or closed stubs. */
    @Performs(Action.SEND_TRANSFER)
    public List<org.cairn.transfer.MovedCase> moves() {
        guard.check(Action.SEND_TRANSFER);
        return transfers.moves();
    }

    /**
     * The cases here whose owner erased them and asked, in a transfer file, that this copy be erased too (ADR 0057).
     * Nothing is erased by itself: an administrator erases the copy when the organisation agrees.
     */
    @Performs(Action.PREVIEW_TRANSFER)
    public List<String> erasureRequests() {
        guard.check(Action.PREVIEW_TRANSFER);
        return transfers.erasureRequests();
    }

    /** Undoes import {@code number} whole, in one audited transaction; returns the references it removed. */
    @Performs(Action.RECEIVE_TRANSFER)
    public List<String> undoImport(long number) {
        guard.check(Action.RECEIVE_TRANSFER);
        try {
            return transfers.undo(number);
        } catch (org.cairn.transfer.UndoRefusedException e) {
            throw new CaseworkException(Problem.UNDO_REFUSED, e.reason().name());
        }
    }

    private static CaseworkException refused(TransferRejectedException e) {
        // A restricted case (or its client) in the file: the import checks this inside its own transaction.
        if (e.reason() == TransferRejectedException.Reason.CASE_RESTRICTED) {
            return new CaseworkException(Problem.CASE_RESTRICTED, "IN_TRANSFER");
        }
        return new CaseworkException(Problem.TRANSFER_REFUSED, e.reason().name());
    }
}
