package org.cairn.ui.casefile;

import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Notices when the advocate changes any field of a form, but not when the form itself fills them in. */
final class DraftTracker {
    private final BooleanProperty changed = new SimpleBooleanProperty();
    private boolean filling;

    void watch(ObservableValue<?>... fields) {
        // Change listeners, not invalidation listeners: a property nobody reads fires invalidation only once.
        for (ObservableValue<?> field : fields) {
            field.addListener((observable, was, now) -> {
                if (!filling) {
                    changed.set(true);
                }
            });
        }
    }

    /** Runs {@code fill} without counting it as a change, and starts clean. */
    void fill(Runnable fill) {
        filling = true;
        try {
            fill.run();
        } finally {
            filling = false;
        }
        changed.set(false);
    }

    BooleanProperty changedProperty() {
        return changed;
    }
}
