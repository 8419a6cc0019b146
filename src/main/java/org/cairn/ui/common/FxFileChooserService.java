package org.cairn.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's own folder and file choosers. With a start folder (portable mode's {@code cairn-data}) every chooser
 * opens there, instead of in the computer's home folder or its list of recent files.
 */
public final class FxFileChooserService implements FileChooserService {
    private final Supplier<Window> owner;
    private final Optional<Path> startFolder;

    public FxFileChooserService(Supplier<Window> owner) {
        this(owner, Optional.empty());
    }

    public FxFileChooserService(Supplier<Window> owner, Optional<Path> startFolder) {
        this.owner = Objects.requireNonNull(owner);
        this.startFolder = Objects.requireNonNull(startFolder);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return toPath(folderChooser(title).showDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        return toPath(fileChooser(title).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser chooser = fileChooser(title);
        chooser.setInitialFileName(suggestedName);
        return toPath(chooser.showSaveDialog(owner.get()));
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
