package org.cairn.ui.blocked;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.BlockedRecipient;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casework.BlockedRecipients;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * Who must never be contacted about this client: directory entries or named people and organisations linked to
 * the person causing harm, each with the advocate's reason. Referrals and letters refuse them. Each addition and
 * removal is audited by the casebook; a removal is confirmed first, since it lets documents reach them again.
 */
public final class BlockedRecipientsViewModel {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final ObservableList<BlockedRecipient> blocked = FXCollections.observableArrayList();
    private final ObservableList<DirectoryEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<DirectoryEntry> entry = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private MarkedEntries marked = MarkedEntries.NONE;

    public BlockedRecipientsViewModel(Session session, long caseId, Messages messages, TaskRunner tasks,
            ErrorMessages errors, DialogService dialogs) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    private record Loaded(List<BlockedRecipient> blocked, MarkedEntries marked) {
    }

    private BlockedRecipients marks() {
        return session.casework().blockedRecipients();
    }

    /** Reads the client's list and the directory entries still offered, marking those already blocked. */
    public void load() {
        tasks.run(progress -> {
            var read = marks().read(caseId);
            return new Loaded(read.marks(), new MarkedEntries(read.offered()));
        }, loaded -> {
            blocked.setAll(loaded.blocked());
            marked = loaded.marked();
            entries.setAll(marked.entries());
        }, this::failed);
    }

    /** Adds the chosen directory entry, or else the typed name, with the reason. */
    public void add() {
        DirectoryEntry chosen = entry.get();
        String typed = name.get() == null ? "" : name.get().strip();
        if (chosen == null && typed.isEmpty()) {
            error.set(messages.get("blocked.error.who"));
            return;
        }
        if (chosen != null && !typed.isEmpty()) {
            error.set(messages.get("blocked.error.both"));
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            error.set(messages.get("blocked.error.reason"));
            return;
        }
        if (chosen != null && isBlocked(chosen)) {
            error.set(messages.format("blocked.error.already", chosen.name()));
            return;
        }
        Long entryId = chosen == null ? null : chosen.id();
        String why = reason.get();
        error.set("");
        tasks.run(progress -> marks().block(caseId, entryId, typed, why), added -> {
            entry.set(null);
            name.set("");
            reason.set("");
            status.set(messages.format("blocked.added", added.name()));
            load();
        }, this::failed);
    }

    /** Removes a mark after the advocate confirms: documents may reach them again afterwards. */
    public void remove(BlockedRecipient mark) {
        if (mark == null || !dialogs.confirm(messages.get("blocked.remove.title"),
                messages.format("blocked.remove.confirm", mark.name()))) {
            return;
        }
        error.set("");
        tasks.run(progress -> {
            marks().unblock(mark.id());
            return mark;
        }, removed -> {
            status.set(messages.format("blocked.removed", removed.name()));
            load();
        }, this::failed);
    }

    /** True when the directory entry may not receive anything about this client. */
    public boolean isBlocked(DirectoryEntry directoryEntry) {
        return marked.isBlocked(directoryEntry);
    }

    /** The entry as the picker shows it: name, kind, and a plain warning when it is blocked for this client. */
    public String label(DirectoryEntry directoryEntry) {
        return marked.label(messages, directoryEntry);
    }

    private void failed(Exception failure) {
        status.set("");
        error.set(errors.describe(failure));
    }

    public ObservableList<BlockedRecipient> blocked() {
        return blocked;
    }

    public ObservableList<DirectoryEntry> entries() {
        return entries;
    }

    public ObjectProperty<DirectoryEntry> entryProperty() {
        return entry;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
