package org.cairn.ui.letter;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casework.Letters;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.recipients.DirectoryRecipient;
import org.cairn.templates.RecipientKind;
import org.cairn.ui.blocked.MarkedEntries;

/** Who the letter goes to: the case's client, an entry of the service directory, or a recipient typed in. */
public final class RecipientForm {
    private final ObjectProperty<RecipientChoice> choice = new SimpleObjectProperty<>(RecipientChoice.CLIENT);
    private final ObservableList<Recipient> directory = FXCollections.observableArrayList();
    private Set<Long> blockedIds = Set.of();
    private final ObjectProperty<Recipient> directoryRecipient = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    // No default, not even the letter's usual kind: the kind decides which rules apply, so the advocate chooses it.
    private final ObjectProperty<RecipientKind> kind = new SimpleObjectProperty<>();
    // Set once the advocate (or a prefilled letter) chooses; a chosen letter then no longer changes the choice.
    private boolean chosenByHand;
    private boolean suggesting;

    RecipientForm() {
        choice.addListener((o, was, now) -> chosenByHand |= !suggesting);
    }

    /**
     * Suggests who a letter of this kind goes to, unless someone was already chosen by hand: the client for a
     * letter to the client, otherwise someone in the service directory (or, with an empty directory, someone typed
     * in). A letter to a GP practice never starts out addressed to the client.
     */
    void suggestFor(RecipientKind letterKind) {
        if (chosenByHand || letterKind == null) {
            return;
        }
        suggesting = true;
        try {
            if (letterKind == RecipientKind.CLIENT) {
                choice.set(RecipientChoice.CLIENT);
            } else {
                choice.set(directory.isEmpty() ? RecipientChoice.TYPED : RecipientChoice.DIRECTORY);
            }
        } finally {
            suggesting = false;
        }
    }

    /** The recipient as chosen, or empty while a typed one lacks its name or kind, or no entry is chosen. */
    Optional<Recipient> recipient(Letters letters, long caseId) {
        if (choice.get() == RecipientChoice.CLIENT) {
            return Optional.of(letters.clientRecipient(caseId));
        }
        if (choice.get() == RecipientChoice.DIRECTORY) {
            return Optional.ofNullable(directoryRecipient.get());
        }
        if (blank(name.get()) || kind.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(name.get().strip(), kind.get(), null,
                blank(organisation.get()) ? null : organisation.get().strip(),
                blank(address.get()) ? null : address.get(), null));
    }

    /** Everything that changes who the letter goes to. */
    List<Observable> observables() {
        return List.of(choice, directoryRecipient, name, organisation, address, kind);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public ObjectProperty<RecipientChoice> choiceProperty() {
        return choice;
    }

    /** The service directory's entries still offered, as recipients. */
    public ObservableList<Recipient> directory() {
        return directory;
    }

    /** Offers these entries; those blocked for the client stay listed, marked, so the advocate sees why. */
    void offer(MarkedEntries marked) {
        blockedIds = marked.blockedIds();
        directory.setAll(marked.entries().stream().map(DirectoryRecipient::of).toList());
    }

    /** True when this directory entry must never receive anything about the client (the picker marks it). */
    public boolean isBlocked(Recipient entry) {
        return entry != null && entry.directoryEntryId() != null && blockedIds.contains(entry.directoryEntryId());
    }

    public ObjectProperty<Recipient> directoryRecipientProperty() {
        return directoryRecipient;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<RecipientKind> kindProperty() {
        return kind;
    }
}
