package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the schema v8 fixture adds on top of the v7 content ({@link FixtureV7Generator}): a form review task whose
 * title is stored as a code with the form's title, and a task an advocate typed in the very words of a title Cairn
 * once wrote in English, which must stay as typed through any later upgrade. Run once, only when asked:
 * {@code mvn -o test -Dtest=FixtureV8Generator -Dcairn.fixture.out=src/test/resources/org/cairn/casebook/fixtures/v8}
 * The committed files must never be regenerated after v8 ships; {@link MigrationFixtureTest} checks them.
 */
class FixtureV8Generator {
    static final String TYPED_TITLE = "Review the legal hold on this case";
    /** The v2 review date again: the form keeps it, and now points at the coded task. */
    static final LocalDate REVIEW_ON = LocalDate.of(2026, 4, 1);

    @Test
    @EnabledIfSystemProperty(named = "cairn.fixture.out", matches = ".+")
    void write() throws Exception {
        FixtureWriter.write((casebook, clock) -> {
            FixtureV1Generator.fill(casebook, clock);
            FixtureV2Generator.fill(casebook, clock);
            FixtureV3Generator.fill(casebook);
            FixtureV4Generator.fill(casebook);
            FixtureV5Generator.fill(casebook);
            FixtureV6Generator.fill(casebook);
            FixtureV7Generator.fill(casebook);
            fill(casebook);
        });
    }

    /** Needs the v2 content (the fixture case and its form). */
    static void fill(Casebook casebook) {
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        casebook.forms().setReview(casebook.forms().forCase(file.id()).get(0).id(), REVIEW_ON);
        casebook.tasks().add(file.id(), TYPED_TITLE, REVIEW_ON);
    }

    /** What the v8 fixture must still hold after it is opened (and upgraded by any later version). */
    static void assertV8Content(Casebook casebook) {
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        List<Task> tasks = casebook.tasks().forCase(file.id());
        CaseForm form = casebook.forms().forCase(file.id()).get(0);
        assertThat(tasks).filteredOn(t -> t.titleCode() == TaskTitle.FORM_REVIEW).singleElement().satisfies(t -> {
            assertThat(t.titleArgs()).containsExactly(form.template().title());
            assertThat(t.dueOn()).isEqualTo(REVIEW_ON);
            assertThat(t.id()).isEqualTo(form.reviewTaskId());
        });
        assertThat(tasks).as("typed by a person, kept as typed though the words match an old fixed title")
                .filteredOn(t -> t.titleCode() == null).extracting(Task::title).contains(TYPED_TITLE);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }
}
