package org.cairn.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's own folder and file choosers. With a start folder (portable mode's {@code cairn-data}) every chooser
 * opens there, instead of in the computer's home folder or its list of recent files.
 */
public final class FxFileChooserService implements FileChooserService {
    private final Supplier<Window> owner;
    private final Optional<Path> startFolder;
    private final RecentFilesList recent;
    /** Everything chosen in this run, forgotten again at exit in case the desktop wrote its list late. */
    private final Set<Path> chosen = new LinkedHashSet<>();

    public FxFileChooserService(Supplier<Window> owner) {
        this(owner, Optional.empty());
    }

    public FxFileChooserService(Supplier<Window> owner, Optional<Path> startFolder) {
        this(owner, startFolder, RecentFilesList.forThisUser(System.getenv(), System.getProperty("user.home")));
    }

    public FxFileChooserService(Supplier<Window> owner, Optional<Path> startFolder, RecentFilesList recent) {
        this.owner = Objects.requireNonNull(owner);
        this.startFolder = Objects.requireNonNull(startFolder);
        this.recent = Objects.requireNonNull(recent);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return leaveNoTrace(toPath(folderChooser(title).showDialog(owner.get())));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        return leaveNoTrace(toPath(fileChooser(title).showOpenDialog(owner.get())));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser chooser = fileChooser(title);
        chooser.setInitialFileName(suggestedName);
        return leaveNoTrace(toPath(chooser.showSaveDialog(owner.get())));
    }

    /**
     * The GTK chooser adds what was chosen to the desktop's recent files and writes that list a moment later, so
     * the entry is removed now and again after a few seconds, and once more by {@link #forgetAllAgain()} at exit.
     */
    private Optional<Path> leaveNoTrace(Optional<Path> choice) {
        choice.ifPresent(path -> {
            chosen.add(path);
            recent.forget(path);
            for (double seconds : new double[] {1, 4}) {
                PauseTransition later = new PauseTransition(Duration.seconds(seconds));
                later.setOnFinished(event -> recent.forget(path));
                later.play();
            }
        });
        return choice;
    }

    /** Removes every path chosen in this run from the recent files again; for when the app closes. */
    public void forgetAllAgain() {
        chosen.forEach(recent::forget);
    }

    DirectoryChooser folderChooser(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        existingStartFolder().ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    FileChooser fileChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        existingStartFolder().ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** Checked each time: a USB stick can be pulled out, and a chooser given a missing folder fails to open. */
    private Optional<File> existingStartFolder() {
        return startFolder.filter(Files::isDirectory).map(Path::toFile);
    }

    private static Optional<Path> toPath(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
