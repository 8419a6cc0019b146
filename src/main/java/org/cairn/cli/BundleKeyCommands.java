package org.cairn.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cairn.casework.Counts;
import org.cairn.stats.CoordinatorKey;
import org.cairn.stats.CountsBundles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The export, import and rotate steps of a bundle key, shared by the coordinator's key for laptops
 * ({@code stats-key}) and a coalition's key for organisations ({@code coalition-key}): the steps are the same, only
 * the words and the use-case calls differ ({@link Level}). Each command keeps its own {@code @Command} text.
 */
final class BundleKeyCommands {
    /** A key file is a few hundred bytes. */
    static final int MAX_KEY_FILE_BYTES = 4096;

    private BundleKeyCommands() {
    }

    /**
     * What differs between the two levels.
     *
     * @param command the command that imports the key, as printed ({@code stats-key})
     * @param where where the key file is imported ({@code on each laptop})
     * @param keyName the key as named when imported ({@code coordinator key})
     * @param holder who holds the key, to check its fingerprint with ({@code coordinator})
     * @param replacedKey the replaced key as named ({@code key})
     * @param bundles the bundles made for it ({@code bundles})
     * @param senders who make the bundles again after a rotation ({@code laptops})
     */
    record Level(String command, String where, String keyName, String holder, String replacedKey, String bundles,
            String senders, Function<Counts, CoordinatorKey> export,
            BiFunction<Counts, CoordinatorKey, Optional<CoordinatorKey>> importer,
            Function<Counts, CountsBundles.Rotation> rotate) {
        Level {
            Objects.requireNonNull(export);
            Objects.requireNonNull(importer);
            Objects.requireNonNull(rotate);
        }

        String importHint() {
            return "import it " + where + " with: cairn " + command + " import";
        }
    }

    /** A step that writes a key file: export or rotate. */
    abstract static class WritesKeyFile implements Callable<Integer> {
        private final CliEnvironment environment;
        final Level level;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The key file to write.")
        Path out;
        @Spec
        CommandSpec spec;

        WritesKeyFile(CliEnvironment environment, Level level) {
            this.environment = environment;
            this.level = level;
        }

        /** The key to write, from the use case; {@code told} receives what to print once it is written. */
        abstract CoordinatorKey key(Counts counts, List<String> told);

        @Override
        public Integer call() {
            NewFiles.requireAbsent(out);
            List<String> told = new ArrayList<>();
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                CoordinatorKey key = key(unlocked.casework().counts(), told);
                NewFiles.write(out, key.toFileText().getBytes(StandardCharsets.UTF_8));
            }
            var stdout = spec.commandLine().getOut();
            told.forEach(stdout::println);
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    abstract static class Export extends WritesKeyFile {
        Export(CliEnvironment environment, Level level) {
            super(environment, level);
        }

        @Override
        CoordinatorKey key(Counts counts, List<String> told) {
            CoordinatorKey key = level.export().apply(counts);
            told.add("wrote " + out + " (fingerprint " + key.fingerprint() + "); " + level.importHint());
            return key;
        }
    }

    abstract static class Import implements Callable<Integer> {
        private final CliEnvironment environment;
        private final Level level;
        @Mixin
        CasebookOption casebook;
        @Spec
        CommandSpec spec;

        Import(CliEnvironment environment, Level level) {
            this.environment = environment;
            this.level = level;
        }

        /** The key file; each level describes it in its own words. */
        abstract Path file();

        @Override
        public Integer call() {
            CoordinatorKey key = CoordinatorKey.parse(new String(NewFiles.read(file(), MAX_KEY_FILE_BYTES),
                    StandardCharsets.UTF_8));
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                Optional<CoordinatorKey> replaced = level.importer().apply(unlocked.casework().counts(), key);
                var out = spec.commandLine().getOut();
                out.println("imported the " + level.keyName() + " with fingerprint " + key.fingerprint()
                        + "; check this fingerprint with the " + level.holder() + " (by phone or in person)");
                replaced.ifPresent(r -> out.println("it replaces the " + level.replacedKey() + " with fingerprint "
                        + r.fingerprint() + "; " + level.bundles() + " are now made for the new key only"));
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    abstract static class Rotate extends WritesKeyFile {
        Rotate(CliEnvironment environment, Level level) {
            super(environment, level);
        }

        @Override
        CoordinatorKey key(Counts counts, List<String> told) {
            CountsBundles.Rotation rotation = level.rotate().apply(counts);
            told.add("wrote " + out + " (fingerprint " + rotation.key().fingerprint() + "); it replaces the key "
                    + "with fingerprint " + rotation.replacedFingerprint());
            told.add(level.importHint() + ". Bundles made for the old key are refused from now on; the "
                    + level.senders() + " make them again");
            return rotation.key();
        }
    }
}
