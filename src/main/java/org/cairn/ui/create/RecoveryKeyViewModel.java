package org.cairn.ui.create;

import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;

/** The recovery key, shown once; the advocate confirms it is stored before going on. */
public final class RecoveryKeyViewModel {
    private final Navigator navigator;
    private final Session session;
    private final char[] key;
    private final BooleanProperty stored = new SimpleBooleanProperty();

    /** Takes ownership of {@code formattedKey}; it is wiped when the advocate continues. */
    public RecoveryKeyViewModel(Navigator navigator, Session session, char[] formattedKey) {
        this.navigator = Objects.requireNonNull(navigator);
        this.session = Objects.requireNonNull(session);
        this.key = Objects.requireNonNull(formattedKey);
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
        Arrays.fill(key, '\0');
        navigator.cases(session);
    }
}
