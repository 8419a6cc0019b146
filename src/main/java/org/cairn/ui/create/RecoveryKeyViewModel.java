package org.cairn.ui.create;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
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

/** The recovery key, shown once; the advocate confirms it is stored before going on. */
public final class RecoveryKeyViewModel {
    private final Navigator navigator;
    private final Session session;
    private final char[] key;
    private final Messages messages;
    private final FileChooserService files;
    private final BooleanProperty stored = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty shownKey = new SimpleStringProperty("");

    /**
     * Takes ownership of {@code formattedKey}; it is wiped when the advocate continues, and by {@link #wipe()} when
     * the screen is left any other way (a menu, a lock, a quick exit).
     */
    public RecoveryKeyViewModel(Navigator navigator, Session session, char[] formattedKey, Messages messages,
            FileChooserService files) {
        this.navigator = Objects.requireNonNull(navigator);
        this.session = Objects.requireNonNull(session);
        this.key = Objects.requireNonNull(formattedKey);
        this.messages = Objects.requireNonNull(messages);
        this.files = Objects.requireNonNull(files);
        shownKey.set(new String(formattedKey));
    }

    /** The key on screen; emptied by {@link #wipe()} so the screen lets go of its copy too. */
    public StringProperty shownKeyProperty() {
        return shownKey;
    }

    /** Writes the key on one PDF page where the advocate chooses, e.g. a USB stick kept apart from the laptop. */
    public void savePdf() {
        Optional<Path> target = files.chooseFileToSave(messages.get("recovery.pdf"), "Cairn recovery key.pdf");
        if (target.isEmpty()) {
            return;
        }
        byte[] pdf = RecoveryKeyPdf.render(messages.get("recovery.print.heading"), keyText(),
                messages.get("recovery.print.advice"));
        try {
            OwnerOnlyFiles.write(target.get(), pdf);
            message.set(messages.format("recovery.pdf.saved", target.get().getFileName()));
        } catch (IOException e) {
            message.set(messages.get("recovery.pdf.failed"));
        }
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The key as text for display and printing: a label cannot show a char[]. */
    public String keyText() {
        return new String(key);
    }

    public BooleanProperty storedProperty() {
        return stored;
    }

    public void proceed() {
        if (!stored.get()) {
            return;
        }
        wipe();
        navigator.cases(session);
    }

    /** Overwrites the key in memory. The label's text is a String the JVM may keep until it is collected. */
    public void wipe() {
        Arrays.fill(key, '\0');
        shownKey.set("");
    }
}
