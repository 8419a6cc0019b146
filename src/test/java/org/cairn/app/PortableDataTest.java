package org.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortableDataTest {
    @TempDir
    Path stick;

    @Test
    void aLinuxImageFindsCairnDataBesideItsBinAndLibFolders() throws IOException {
        Path data = Files.createDirectories(stick.resolve("Cairn/cairn-data"));
        assertThat(PortableData.find(stick.resolve("Cairn/bin/Cairn").toString(), "x.jar", "Linux"))
                .contains(data);
    }

    @Test
    void aWindowsImageFindsCairnDataBesideTheExe() throws IOException {
        Path data = Files.createDirectories(stick.resolve("Cairn/cairn-data"));
        assertThat(PortableData.find(stick.resolve("Cairn/Cairn.exe").toString(), null, "Windows 11")).contains(data);
        // One level up is not "next to the app" on Windows.
        assertThat(PortableData.find(stick.resolve("Cairn/sub/Cairn.exe").toString(), null, "Windows 11")).isEmpty();
    }

    @Test
    void aMacBundleFindsCairnDataBesideTheAppBundle() throws IOException {
        Path data = Files.createDirectories(stick.resolve("cairn-data"));
        assertThat(PortableData.find(stick.resolve("Cairn.app/Contents/MacOS/Cairn").toString(), null, "Mac OS X"))
                .contains(data);
    }

    @Test
    void aJarRunFindsCairnDataBesideTheJar() throws IOException {
        Path data = Files.createDirectories(stick.resolve("cairn-data"));
        assertThat(PortableData.find(null, stick.resolve("cairn.jar").toString(), "Linux")).contains(data);
        // A development class path (several entries) is never portable.
        String classPath = stick.resolve("cairn.jar") + java.io.File.pathSeparator + stick.resolve("other.jar");
        assertThat(PortableData.find(null, classPath, "Linux")).isEmpty();
    }

    @Test
    void withoutTheFolderOrWithAFileOfThatNameCairnIsNotPortable() throws IOException {
        assertThat(PortableData.find(stick.resolve("Cairn/bin/Cairn").toString(), null, "Linux")).isEmpty();
        Files.createDirectories(stick.resolve("Cairn"));
        Files.writeString(stick.resolve("Cairn/cairn-data"), "not a folder");
        assertThat(PortableData.find(stick.resolve("Cairn/bin/Cairn").toString(), null, "Linux")).isEmpty();
    }

    @Test
    void anExplicitHomeStillWinsOverPortableAndPortableWinsOverThePlatformFolder() {
        Path portable = stick.resolve("cairn-data");
        Path home = Path.of("/home/advocate");
        AppDirectories explicit = AppDirectories.resolve("/elsewhere", Map.of(), "Linux", home, Optional.of(portable));
        assertThat(explicit).isEqualTo(new AppDirectories(Path.of("/elsewhere"), false));
        AppDirectories fromEnvironment = AppDirectories.resolve(null, Map.of("CAIRN_HOME", "/env"), "Linux", home,
                Optional.of(portable));
        assertThat(fromEnvironment.dataDirectory()).isEqualTo(Path.of("/env"));
        AppDirectories portableMode = AppDirectories.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home,
                Optional.of(portable));
        assertThat(portableMode.portable()).isTrue();
        assertThat(portableMode.dataDirectory()).isEqualTo(portable);
        assertThat(portableMode.logDirectory()).isEqualTo(portable.resolve("logs"));
        assertThat(portableMode.cacheDirectory()).isEqualTo(portable.resolve("cache"));
    }

    @Test
    void platformFoldersFollowEachSystemsConvention() {
        Path home = Path.of("/home/advocate");
        assertThat(AppDirectories.resolve(null, Map.of(), "Linux", home).dataDirectory())
                .isEqualTo(home.resolve(".local/share/cairn"));
        assertThat(AppDirectories.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home).dataDirectory())
                .isEqualTo(Path.of("/xdg/cairn"));
        assertThat(AppDirectories.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 10", home).dataDirectory())
                .isEqualTo(Path.of("/appdata/Cairn"));
        assertThat(AppDirectories.resolve(null, Map.of(), "Mac OS X", home).dataDirectory())
                .isEqualTo(home.resolve("Library/Application Support/Cairn"));
        assertThat(AppDirectories.resolve(null, Map.of(), "Linux", home).portable()).isFalse();
    }

    @Test
    void fileChoosersStartInCairnDataInPortableModeAndWherePlatformChoosesOtherwise() {
        Path portable = stick.resolve("Cairn/cairn-data");
        Path home = Path.of("/home/advocate");
        assertThat(AppDirectories.resolve(null, Map.of(), "Linux", home, Optional.of(portable)).fileChooserStart())
                .contains(portable);
        assertThat(AppDirectories.resolve(null, Map.of(), "Linux", home).fileChooserStart()).isEmpty();
        // CAIRN_HOME is a chosen data folder, not a USB stick: the platform's usual start folder stays.
        assertThat(AppDirectories.resolve(null, Map.of("CAIRN_HOME", "/env"), "Linux", home, Optional.of(portable))
                .fileChooserStart()).isEmpty();
    }
}
