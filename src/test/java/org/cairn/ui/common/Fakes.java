package org.cairn.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.VaultOptions;

/** Small test doubles shared by ViewModel and flow tests. */
public final class Fakes {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private Fakes() {
    }

    public static Messages messages() {
        return Messages.forLocale(Locale.ENGLISH);
    }

    public static CasebookGateway gateway(Clock clock) {
        return new CasebookGateway(KdfPolicy.fixed(KdfParams.floor()), VaultOptions.standard(), clock, "tester");
    }

    /** Answers choosers from a queue, empty when it runs out (as if cancelled). */
    public static final class Files implements FileChooserService {
        public final Deque<Path> answers = new ArrayDeque<>();

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName) {
            return Optional.ofNullable(answers.poll());
        }
    }

    public static final class Recent implements RecentCasebooks {
        public final List<Path> folders = new ArrayList<>();

        @Override
        public List<Path> list() {
            return List.copyOf(folders);
        }

        @Override
        public void remember(Path folder) {
            folders.remove(folder);
            folders.add(0, folder);
        }

        @Override
        public void forget(Path folder) {
            folders.remove(folder);
        }
    }

    public static final class Clipboard implements ClipboardService {
        public String content;
        public boolean ours;

        @Override
        public void copy(String text) {
            content = text;
            ours = true;
        }

        @Override
        public void clearIfOurs() {
            if (ours) {
                content = null;
            }
            ours = false;
        }
    }

    public static final class Dialogs implements DialogService {
        public final List<String> shown = new ArrayList<>();
        /** What the advocate answers to the next confirmations. */
        public boolean confirmAnswer = true;

        @Override
        public void showError(String title, String message) {
            shown.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
            shown.add(message);
        }

        @Override
        public boolean confirm(String title, String message) {
            shown.add(message);
            return confirmAnswer;
        }
    }
}
