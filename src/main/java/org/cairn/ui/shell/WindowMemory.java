package org.cairn.ui.shell;

import java.util.Optional;

/** Where the main window was when the app last closed (the settings file; never inside a casebook). */
public interface WindowMemory {
    WindowMemory NONE = new WindowMemory() {
        @Override
        public Optional<WindowPlacement.Box> window() {
            return Optional.empty();
        }

        @Override
        public void rememberWindow(WindowPlacement.Box box) {
        }
    };

    Optional<WindowPlacement.Box> window();

    void rememberWindow(WindowPlacement.Box box);
}
