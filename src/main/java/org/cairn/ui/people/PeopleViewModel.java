package org.cairn.ui.people;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casework.Action;
import org.cairn.casework.People;
import org.cairn.casework.Role;
import org.cairn.passphrase.PassphraseEstimator;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.NewPassphraseRating;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.PersonSlot;
import org.cairn.vault.RecoveryKey;

/**
 * The People screen. Administrators see every key slot and add people, change roles and remove people; everyone
 * else sees only their own passphrase ({@link OwnPassphraseModel}). The rules themselves (the last administrator,
 * not removing yourself) are the use cases'; this screen shows their refusals in words. Slow work (a key
 * derivation, a removal that rewrites the casebook under a new key) runs off the UI thread.
 */
public final class PeopleViewModel {
    /** Replaces the master key with a new one; a fake in tests can hand back a new recovery key. */
    @FunctionalInterface
    public interface Removal {
        Optional<RecoveryKey> remove(String name);
    }

    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final KdfPolicy kdfPolicy;
    private final Clock clock;
    private final Removal removal;
    private final OwnPassphraseModel own;
    private final NewPassphraseRating newRating;
    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.ADVOCATE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty working = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public PeopleViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, KdfPolicy kdfPolicy, Clock clock) {
        this(session, messages, navigator, tasks, errors, kdfPolicy, clock,
                name -> session.casework().people().remove(name));
    }

    PeopleViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks, ErrorMessages errors,
            KdfPolicy kdfPolicy, Clock clock, Removal removal) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.kdfPolicy = Objects.requireNonNull(kdfPolicy);
        this.clock = Objects.requireNonNull(clock);
        this.removal = Objects.requireNonNull(removal);
        this.own = new OwnPassphraseModel(session, messages, tasks, errors, kdfPolicy);
        this.newRating = new NewPassphraseRating(messages, new PassphraseEstimator());
    }

    /** Whether this person manages people; everyone else is shown only "Change my passphrase". */
    public boolean managesPeople() {
        return session.casework().allows(Action.LIST_PEOPLE);
    }

    /** False for a casebook opened read-only: nobody can be added, changed or removed, so nothing is offered. */
    public boolean editable() {
        return !session.vault().readOnly();
    }

    /** Who is using the casebook, for the screen's lead. */
    public String you() {
        return session.casework().person().name();
    }

    /** Reads every slot again, in the order people were added. */
    public void load() {
        if (!managesPeople()) {
            return;
        }
        tasks.run(progress -> session.casework().people().list(), this::show,
                failure -> error.set(errors.describe(failure)));
    }

    private void show(List<PersonSlot> slots) {
        rows.setAll(slots.stream().map(this::row).toList());
    }

    private PersonRow row(PersonSlot slot) {
        Role role = knownRole(slot);
        String roleText = role == null ? slot.role() : roleName(role);
        String day = messages.dates().day(slot.addedOn().atZone(clock.getZone()).toLocalDate());
        return new PersonRow(slot.displayName(), role, roleText, slot.addedBy(), day,
                slot.displayName().equalsIgnoreCase(you()));
    }

    private static Role knownRole(PersonSlot slot) {
        try {
            return People.roleOf(slot);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** The role in words, as the list and the choices show it. */
    public String roleName(Role role) {
        if (role == null) {
            return "";
        }
        return messages.get(switch (role) {
            case ADMINISTRATOR -> "people.role.administrator";
            case ADVOCATE -> "people.role.advocate";
            case COORDINATOR -> "people.role.coordinator";
        });
    }

    /** Re-rates the new person's passphrase; the caller keeps and wipes both arrays. */
    public void updateNew(char[] first, char[] second) {
        newRating.update(first, second);
    }

    /** Adds the person named in {@link #newNameProperty()}; takes ownership of both arrays and wipes them. */
    public void add(char[] first, char[] second) {
        String name = newName.get() == null ? "" : newName.get().strip();
        status.set("");
        if (busy.get() || name.isEmpty() || newRole.get() == null) {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
            error.set(busy.get() ? "" : messages.get("people.add.nameMissing"));
            return;
        }
        if (!newRating.acceptOrWipe(first, second)) {
            Arrays.fill(first, '\0');
            error.set(newRating.refusal());
            return;
        }
        Role role = newRole.get();
        start(messages.get("people.add.working"), () -> {
            try (Passphrase passphrase = Passphrase.adopt(first)) {
                return session.casework().people().add(name, role, passphrase, kdfPolicy);
            }
        }, added -> {
            newName.set("");
            newRating.update(new char[0], new char[0]);
            status.set(messages.format("people.add.done", added.displayName(), roleName(role)));
            load();
        });
    }

    /** Records a new role for the person in {@code row}; the last administrator keeps theirs. */
    public void changeRole(PersonRow row, Role role) {
        if (row == null || role == null || role == row.role()) {
            return;
        }
        status.set("");
        start(messages.get("people.role.working"), () -> session.casework().people().changeRole(row.name(), role),
                changed -> {
                    status.set(messages.format("people.role.done", changed.displayName(), roleName(role)));
                    load();
                });
    }

    /** What the confirmation says before {@code row} is removed: what removal does, and what it cannot do. */
    public String removalWarning(PersonRow row) {
        return messages.format("people.remove.warning", row.name());
    }

    /**
     * Removes the person in {@code row} (after the screen's confirmation). The casebook is written again under a
     * new key, which takes a while: the screen stays usable meanwhile. When the removal issues a new recovery key,
     * it is kept in the casebook until confirmed and shown on the recovery key screen, so it cannot be lost.
     */
    public void remove(PersonRow row) {
        if (row == null) {
            return;
        }
        status.set("");
        start(messages.get("people.remove.working"), () -> {
            Optional<RecoveryKey> issued = removal.remove(row.name());
            if (issued.isEmpty()) {
                return Optional.<char[]>empty();
            }
            char[] key;
            try (RecoveryKey fresh = issued.get()) {
                key = fresh.format();
            }
            session.casework().upkeep().keepPendingRecoveryKey(key);
            return Optional.of(key);
        }, key -> {
            if (key.isPresent()) {
                // Kept in the casebook already: after a lock meanwhile, the next unlock shows it instead.
                navigator.recoveryKey(session, key.get());
                return;
            }
            status.set(messages.format("people.remove.done", row.name()));
            load();
        });
    }

    private <T> void start(String what, java.util.concurrent.Callable<T> work,
            java.util.function.Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        working.set(what);
        error.set("");
        tasks.run(progress -> work.call(), result -> {
            busy.set(false);
            working.set("");
            if (session.isClosed()) {
                return; // locked or quick exit meanwhile: this screen is gone, and must not come back
            }
            done.accept(result);
        }, failure -> {
            busy.set(false);
            working.set("");
            error.set(describe(failure));
        });
    }

    /** A name the vault refuses (empty, too long, invisible characters) arrives as a code, worded like the rest. */
    private String describe(Exception failure) {
        return errors.describe(failure);
    }

    public void back() {
        navigator.home(session);
    }

    public OwnPassphraseModel own() {
        return own;
    }

    public NewPassphraseRating newRating() {
        return newRating;
    }

    public ObservableList<PersonRow> rows() {
        return rows;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    /** True while a person is added, a role changed or a removal rewrites the casebook. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What is being done while busy, for the progress line. */
    public StringProperty workingProperty() {
        return working;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
