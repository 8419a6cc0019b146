package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesListTest {
    @TempDir
    Path temp;

    private static String bookmark(String href) {
        return "  <bookmark href=\"" + href + "\" added=\"2026-12-07T10:00:00Z\" modified=\"2026-12-07T10:00:00Z\""
                + " visited=\"2026-12-07T10:00:00Z\"><info><metadata owner=\"http://freedesktop.org\">"
                + "<mime:mime-type type=\"inode/directory\"/></metadata></info></bookmark>\n";
    }

    private Path list(String... hrefs) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbel version=\"1.0\""
                + " xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\""
                + " xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\">\n");
        for (String href : hrefs) {
            xml.append(bookmark(href));
        }
        Path file = temp.resolve("recently-used.xbel");
        Files.writeString(file, xml.append("</xbel>\n"));
        return file;
    }

    @Test
    void removesTheChosenPlaceAndWhatIsInsideItAndNothingElse() throws Exception {
        Path file = list("file:///home/a/My%20Casebook", "file:///home/a/My%20Casebook/letter.pdf",
                "file:///home/a/My%20Casebook-copies/x.txt", "file:///home/a/holiday.jpg", "https://example.invalid/",
                "file:///home/a/%C3%A9t%C3%A9/key.pdf");
        RecentFilesList recent = new RecentFilesList(file);

        assertThat(recent.forget(Path.of("/home/a/My Casebook"))).isEqualTo(2);
        assertThat(recent.forget(Path.of("/home/a/été/key.pdf"))).isEqualTo(1);
        assertThat(recent.forget(Path.of("/home/a/My Casebook"))).as("already gone: file left alone").isZero();

        String left = Files.readString(file);
        assertThat(left).doesNotContain("My%20Casebook\"", "My%20Casebook/letter.pdf", "%C3%A9t%C3%A9")
                .contains("My%20Casebook-copies/x.txt", "holiday.jpg", "example.invalid", "mime:mime-type");
    }

    @Test
    void aMissingBrokenOrHostileListIsLeftAlone() throws Exception {
        assertThat(new RecentFilesList(temp.resolve("none.xbel")).forget(Path.of("/x"))).isZero();
        Path broken = Files.writeString(temp.resolve("broken.xbel"), "<xbel><bookmark href=\"file:///x\">");
        assertThat(new RecentFilesList(broken).forget(Path.of("/x"))).isZero();
        assertThat(Files.readString(broken)).isEqualTo("<xbel><bookmark href=\"file:///x\">");
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xbel><bookmark href=\"file:///x\">&e;</bookmark></xbel>";
        Path entity = Files.writeString(temp.resolve("entity.xbel"), hostile);
        assertThat(new RecentFilesList(entity).forget(Path.of("/x"))).isZero();
        assertThat(Files.readString(entity)).isEqualTo(hostile);
    }

    @Test
    void badlyEscapedOrForeignAddressesAreNotPaths() {
        assertThat(RecentFilesList.filePath("file:///a%2")).isEmpty();
        assertThat(RecentFilesList.filePath("file:///a%zz")).isEmpty();
        assertThat(RecentFilesList.filePath("file://host/a")).isEmpty();
        assertThat(RecentFilesList.filePath("smb:///a")).isEmpty();
        assertThat(RecentFilesList.filePath("file:///a/../b")).contains(Path.of("/b"));
    }

    @Test
    void theListLivesWhereTheDesktopKeepsIt() {
        assertThat(RecentFilesList.forThisUser(Map.of("XDG_DATA_HOME", "/d"), "/home/a").file())
                .isEqualTo(Path.of("/d/recently-used.xbel"));
        assertThat(RecentFilesList.forThisUser(Map.of("XDG_DATA_HOME", " "), "/home/a").file())
                .isEqualTo(Path.of("/home/a/.local/share/recently-used.xbel"));
    }
}
