package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.Resolutions.Choice;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three casebooks share one case and edit it at random while files go between them in a random order. However
 * the edits and the files interleave, once every casebook has sent to every other the three hold the same case,
 * every note wording ever written is still there, and no note or task is lost or doubled. Conflicts are settled by
 * one fixed rule (the larger value), as one advocate deciding the same way everywhere would.
 */
class SharedCaseMergePropertyTest {
    private static final String[] CLIENT_FIELDS = {"code_word", "safe_times", "safe_contact"};
    private static final int STEPS = 18;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261207L, 7L, 42L, 1L, 99L})
    void randomEditHistoriesMergedInAnyOrderReachTheSameStateLosingNothing(long seed) {
        Random random = new Random(seed);
        try (TransferCasebooks casebooks = new TransferCasebooks(dir)) {
            List<TransferCasebooks.Laptop> laptops = List.of(casebooks.laptop("a"), casebooks.laptop("b"),
                    casebooks.laptop("c"));
            TransferCasebooks.pair(laptops.get(0), laptops.get(1));
            TransferCasebooks.pair(laptops.get(1), laptops.get(2));
            TransferCasebooks.pair(laptops.get(0), laptops.get(2));
            String reference = laptops.get(0).caseWithHistory("Amal").reference().toString();
            send(laptops.get(0), laptops.get(1), reference);
            send(laptops.get(0), laptops.get(2), reference);
            List<String> written = new ArrayList<>(SharedCases.wordings(laptops.get(0).casebook()));
            int notes = 2;
            int tasks = 1;
            for (int step = 0; step < STEPS; step++) {
                TransferCasebooks.Laptop at = laptops.get(random.nextInt(3));
                String value = at.name() + step;
                switch (random.nextInt(6)) {
                    case 0 -> SharedCases.edit(at, "UPDATE client SET " + CLIENT_FIELDS[random.nextInt(3)]
                            + " = ?", value);
                    case 1 -> SharedCases.edit(at, "UPDATE case_file SET advocate = ?", value);
                    case 2 -> {
                        long caseId = at.vault().read(r -> r.queryLong("SELECT id FROM case_file"));
                        written.add(at.casebook().notes().add(caseId, "note " + value).text());
                        notes++;
                    }
                    case 3 -> {
                        List<Long> ids = at.vault().read(r -> r.query("SELECT id FROM note ORDER BY uid",
                                row -> row.getLong(1)));
                        written.add(at.casebook().notes().edit(ids.get(random.nextInt(ids.size())),
                                "edited " + value).text());
                    }
                    case 4 -> {
                        long caseId = at.vault().read(r -> r.queryLong("SELECT id FROM case_file"));
                        at.casebook().tasks().add(caseId, "task " + value, LocalDate.of(2026, 5, 1 + step));
                        tasks++;
                    }
                    default -> {
                        TransferCasebooks.Laptop to = laptops.get(random.nextInt(3));
                        if (to != at) {
                            send(at, to, reference);
                        }
                    }
                }
            }
            for (int round = 0; round < 3; round++) {
                for (TransferCasebooks.Laptop from : laptops) {
                    for (TransferCasebooks.Laptop to : laptops) {
                        if (from != to) {
                            send(from, to, reference);
                        }
                    }
                }
            }
            Map<String, String> first = SharedCases.content(laptops.get(0).casebook(), true);
            for (TransferCasebooks.Laptop laptop : laptops) {
                assertThat(SharedCases.content(laptop.casebook(), true)).as("%s holds the same case, seed %d",
                        laptop.name(), seed).isEqualTo(first);
                assertThat(SharedCases.wordings(laptop.casebook())).as("every wording kept at %s", laptop.name())
                        .containsAll(written);
                assertThat(count(laptop, "note")).as("notes").isEqualTo(notes);
                assertThat(count(laptop, "task")).as("tasks").isEqualTo(tasks);
                assertThat(laptop.casebook().audit().verify().isOk()).isTrue();
            }
        }
    }

    private static long count(TransferCasebooks.Laptop laptop, String table) {
        return laptop.vault().read(r -> r.queryLong("SELECT count(*) FROM " + table));
    }

    /** One file from {@code from} to {@code to}, every conflict settled by the larger value. */
    private void send(TransferCasebooks.Laptop from, TransferCasebooks.Laptop to, String reference) {
        byte[] file = SharedCases.send(from, reference, to);
        Map<String, Choice> choices = new HashMap<>();
        for (FieldConflict conflict : SharedCases.preview(to, file).merge().conflicts()) {
            choices.put(conflict.ref(), conflict.theirs().compareTo(conflict.ours()) > 0 ? Choice.TAKE_THEIRS
                    : Choice.KEEP_OURS);
        }
        SharedCases.receive(to, file, new Resolutions(choices), dir);
    }
}
