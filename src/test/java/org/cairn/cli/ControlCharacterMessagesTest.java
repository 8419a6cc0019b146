package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template or an argument cannot rewrite the terminal: control characters are shown escaped. */
class ControlCharacterMessagesTest {
    private static final String ESC = "\u001B[2J";

    @TempDir
    Path dir;

    @Test
    void templateCheckShowsControlCharactersEscapedAndNamesThemInTheId() throws Exception {
        Path file = dir.resolve("bad.cairn-template");
        Files.writeString(file, """
                cairn-template: 1
                id: bad%sid
                version: 1
                title: Bad
                kind: letter
                language: en-GB
                recipient: third-sector
                consent: none
                sensitive: none
                requires-oisc: no
                source: Test
                last-checked: 2026-11-25
                translation: original
                ---

                Hello {{client.al%sias}} and &#123;&#123;client.address&#125;&#125;
                """.formatted(ESC, ESC));

        CliHarness.Result result = CliHarness.run("", "template", "check", file.toString());

        assertThat(result.exitCode()).isNotZero();
        String all = result.out() + result.err();
        assertThat(all).doesNotContain("\u001B").contains("\\u001B").contains("ESCAPE")
                .contains("{{client.address}}");
    }

    @Test
    void aUsageErrorDoesNotEchoAControlCharacter() {
        CliHarness.Result result = CliHarness.run("", "letter", "--casebook", dir.toString(), "--case",
                "C-2026-0001", "--template", "x", "--recipient", "client", "--out", "x.pdf", "--bogus" + ESC);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).doesNotContain("\u001B").contains("\\u001B");
    }
}
