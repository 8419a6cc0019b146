package org.cairn.casebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.BiConsumer;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;

/**
 * What every fixture generator does around its own data: a fresh casebook at the test clock (passphrase "correct
 * horse battery"), filled, closed, and its two files copied to {@code cairn.fixture.out}.
 */
final class FixtureWriter {
    private FixtureWriter() {
    }

    static void write(BiConsumer<Casebook, MutableClock> fill) throws Exception {
        Path out = Path.of(System.getProperty("cairn.fixture.out")).toAbsolutePath();
        Path work = Files.createTempDirectory("cairn-fixture");
        MutableClock clock = new MutableClock(TestCasebooks.START);
        Vault vault = TestVaults.create(work).vault();
        fill.accept(Casebook.open(vault, clock, "fixture.writer"), clock);
        vault.close();
        Files.createDirectories(out);
        for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
            Files.copy(work.resolve(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
