package org.cairn.ui.create;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * The recovery key, shown until the advocate confirms it is stored. The key waits inside the casebook
 * ({@link org.cairn.casework.Upkeep#keepPendingRecoveryKey}) until then, so every unlock brings this screen back;
 * confirming removes it.
 */
public final class RecoveryKeyViewModel {
    private final Navigator navigator;
    private final Session session;
    private final char[] key;
    private final Messages messages;
    private final FileChooserService files;
    private final TaskRunner tasks;
    private final List<Path> forbiddenFolders;
    private final BooleanProperty stored = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty shownKey = new SimpleStringProperty("");

    /**
     * Takes ownership of {@code formattedKey}; it is wiped when the advocate continues, and by {@link #wipe()} when
     * the screen is left any other way (a menu, a lock, a quick exit). {@code dataFolder} is Cairn's own folder on
     * this laptop: like the casebook's folder, no place for a copy of the key.
     */
    public RecoveryKeyViewModel(Navigator navigator, Session session, char[] formattedKey, Messages messages,
            FileChooserService files, TaskRunner tasks, Path dataFolder) {
        this.navigator = Objects.requireNonNull(navigator);
        this.session = Objects.requireNonNull(session);
        this.key = Objects.requireNonNull(formattedKey);
        this.messages = Objects.requireNonNull(messages);
        this.files = Objects.requireNonNull(files);
        this.tasks = Objects.requireNonNull(tasks);
        this.forbiddenFolders = List.of(session.folder(), Objects.requireNonNull(dataFolder));
        shownKey.set(new String(formattedKey));
    }

    /** The key on screen; emptied by {@link #wipe()} so the screen lets go of its copy too. */
    public StringProperty shownKeyProperty() {
        return shownKey;
    }

    /**
     * Writes the key on one PDF page where the advocate chooses, which must be somewhere that leaves the laptop
     * (a USB stick kept apart from it): never inside the casebook's folder or Cairn's data folder.
     */
    public void savePdf() {
        Optional<Path> target = files.chooseFileToSave(messages.get("recovery.pdf"), "Cairn recovery key.pdf");
        if (target.isEmpty()) {
            return;
        }
        if (insideForbiddenFolder(target.get())) {
            message.set("");
            error.set(messages.get("recovery.pdf.refused"));
            return;
        }
        byte[] pdf = RecoveryKeyPdf.render(messages.get("recovery.print.heading"), keyText(),
                messages.get("recovery.print.advice"));
        try {
            OwnerOnlyFiles.write(target.get(), pdf);
            error.set("");
            message.set(messages.format("recovery.pdf.saved", target.get().getFileName()));
        } catch (IOException e) {
            message.set("");
            error.set(messages.get("recovery.pdf.failed"));
        }
    }

    /** Compares real paths where they exist, so a link or a "..", or a different spelling, cannot get round it. */
    private boolean insideForbiddenFolder(Path target) {
        Path place = canonical(target.toAbsolutePath().normalize());
        return forbiddenFolders.stream().map(folder -> canonical(folder.toAbsolutePath().normalize()))
                .anyMatch(place::startsWith);
    }

    /** The real path of the deepest part that exists, with the rest appended. */
    private static Path canonical(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Why a save was refused or failed. */
    public StringProperty errorProperty() {
        return error;
    }

    /** The key as text for display and printing: a label cannot show a char[]. */
    public String keyText() {
        return new String(key);
    }

    public BooleanProperty storedProperty() {
        return stored;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** With the box ticked: the key leaves the casebook for good (audited there), then the case list opens. */
    public void proceed() {
        if (!stored.get() || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(progress -> session.casework().upkeep().confirmRecoveryKeyStored(), removed -> {
            busy.set(false);
            wipe();
            navigator.home(session);
        }, failure -> {
            busy.set(false);
            error.set(messages.get("recovery.confirm.failed"));
        });
    }

    /** Overwrites the key in memory. The label's text is a String the JVM may keep until it is collected. */
    public void wipe() {
        Arrays.fill(key, '\0');
        shownKey.set("");
    }
}
