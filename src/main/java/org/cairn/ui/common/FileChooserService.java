package org.cairn.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Folder and file choosers, kept behind an interface so that flows can be tested headlessly. */
public interface FileChooserService {
    Optional<Path> chooseFolder(String title);

    Optional<Path> chooseFileToOpen(String title);

    Optional<Path> chooseFileToSave(String title, String suggestedName);
}
