package org.cairn.ui.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cairn.templates.Printable;
import org.cairn.transfer.MergePreview;
import org.cairn.transfer.MergePreview.LastChange;
import org.cairn.transfer.MergePreview.RecordChange;
import org.cairn.transfer.MergePreview.Removal;
import org.cairn.transfer.TransferKind;
import org.cairn.transfer.TransferPreview;
import org.cairn.transfer.TransferPreview.CasePreview;
import org.cairn.transfer.TransferPreview.Status;
import org.cairn.ui.common.Messages;

/**
 * The import screen's words for a preview and its outcome. Values from the other casebook are made printable
 * (controls and invisible characters shown as codes), so a look-alike cannot pass as the value here.
 */
final class PreviewWords {
    private final Messages messages;

    PreviewWords(Messages messages) {
        this.messages = messages;
    }

    String sender(TransferPreview seen) {
        return messages.format(seen.kind() == TransferKind.MOVE ? "transfer.import.sender.move"
                : "transfer.import.sender.share", Printable.of(seen.senderName()), seen.senderFingerprint(),
                seen.sequence());
    }

    List<String> cases(TransferPreview seen) {
        List<String> lines = new ArrayList<>();
        for (CasePreview c : seen.cases()) {
            String where = c.referenceHere().equals(c.reference()) ? c.reference()
                    : messages.format("transfer.import.case.renamed", c.referenceHere(), c.reference());
            lines.add(switch (c.status()) {
                case NEW -> messages.format(seen.kind() == TransferKind.MOVE ? "transfer.import.case.moved"
                        : "transfer.import.case.new", where, c.notes());
                case UPDATED -> messages.format("transfer.import.case.merged", where);
                case UNCHANGED -> messages.format("transfer.import.case.unchanged", where);
            });
        }
        return lines;
    }

    List<String> changes(MergePreview merge) {
        List<String> lines = new ArrayList<>();
        for (RecordChange change : merge.changes()) {
            String key = switch (change.what()) {
                case ADDED -> "transfer.import.change.added";
                case UPDATED -> "transfer.import.change.updated";
                case WORDINGS_KEPT -> "transfer.import.change.wordings";
                case HISTORY_ADDED -> "transfer.import.change.history";
            };
            lines.add(messages.format(key, change.caseReference() + "/" + change.record(),
                    String.join(", ", change.fields())));
        }
        for (Removal removal : merge.removals()) {
            String key = removal.removedOn() == MergePreview.Side.HERE ? "transfer.import.removal.here"
                    : removal.removableHere() ? "transfer.import.removal.there"
                    : "transfer.import.removal.never";
            lines.add(messages.format(key, removal.ref()));
        }
        return lines;
    }

    /**
     * One line per case here whose owner erased it and asks that this copy be erased too: its reference only, and
     * what to do, since the import never erases it (ADR 0057).
     */
    List<String> erasureAsked(TransferPreview seen) {
        return seen.erasureAsked().stream().map(ref -> messages.format("transfer.import.erasureAsked", ref)).toList();
    }

    /** One side of a conflict: the value, and who last changed the case on that side and when, if known. */
    String side(String value, LastChange change, boolean here) {
        String shown = Printable.of(value);
        String line = messages.format(here ? "transfer.import.side.here" : "transfer.import.side.there", shown);
        return change == null ? line : messages.format("transfer.import.side.changed", line,
                Printable.of(change.by()), messages.dates().moment(change.at()));
    }

    String summary(TransferPreview seen, int added, long number, Path backup) {
        long merged = seen.count(Status.UPDATED);
        StringBuilder text = new StringBuilder(messages.format("transfer.import.summary", added, merged, number));
        // Undo takes back only a share that added cases; a merge or a move is taken back with the backup.
        boolean undoable = merged == 0 && seen.kind() != TransferKind.MOVE;
        text.append('\n').append(undoable ? messages.format("transfer.import.summary.undo", number)
                : messages.format("transfer.import.summary.restore", backup.toString()));
        if (undoable) {
            text.append('\n').append(messages.format("transfer.import.summary.backup", backup.toString()));
        }
        if (seen.kind() == TransferKind.MOVE) {
            text.append('\n').append(messages.get("transfer.import.summary.receipt"));
        }
        for (String asked : erasureAsked(seen)) {
            text.append('\n').append(asked);
        }
        return text.toString();
    }
}
