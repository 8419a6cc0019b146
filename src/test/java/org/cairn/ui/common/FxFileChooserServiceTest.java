package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The choosers are configured before they are shown; showing them needs a desktop, so the set-up is checked here. */
class FxFileChooserServiceTest {
    @TempDir
    Path dir;

    @Test
    void withAStartFolderEveryChooserOpensThere() throws IOException {
        Path data = Files.createDirectories(dir.resolve("cairn-data"));
        FxFileChooserService service = new FxFileChooserService(() -> null, Optional.of(data));

        assertThat(service.fileChooser("Open").getInitialDirectory()).isEqualTo(data.toFile());
        assertThat(service.folderChooser("Folder").getInitialDirectory()).isEqualTo(data.toFile());
        assertThat(service.fileChooser("Open").getTitle()).isEqualTo("Open");
    }

    @Test
    void aStartFolderThatHasGoneIsLeftToThePlatformRatherThanFailing() {
        FxFileChooserService service = new FxFileChooserService(() -> null, Optional.of(dir.resolve("pulled-out")));

        assertThat(service.fileChooser("Open").getInitialDirectory()).isNull();
        assertThat(service.folderChooser("Folder").getInitialDirectory()).isNull();
    }

    @Test
    void withoutAStartFolderThePlatformChooses() {
        FxFileChooserService service = new FxFileChooserService(() -> null);

        assertThat(service.fileChooser("Open").getInitialDirectory()).isNull();
        assertThat(service.folderChooser("Folder").getInitialDirectory()).isNull();
    }
}
