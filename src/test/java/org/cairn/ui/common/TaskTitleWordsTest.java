package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.cairn.casebook.Task;
import org.cairn.casebook.TaskTitle;
import org.junit.jupiter.api.Test;

/** Every title Cairn writes has words on screen and in her copy, and arguments are shown as text, never as syntax. */
class TaskTitleWordsTest {
    private final Messages messages = Fakes.messages();

    private static Task task(String title, TaskTitle code, List<String> args) {
        return new Task(1, 2, title, code, args, LocalDate.of(2026, 1, 1), null, java.time.Instant.EPOCH, "x");
    }

    @Test
    void everyCodeHasScreenWordsThatUseEachArgument() {
        for (TaskTitle code : TaskTitle.values()) {
            List<String> args = java.util.stream.IntStream.range(0, code.arguments()).mapToObj(i -> "ARG" + i)
                    .toList();
            String words = TaskTitleWords.of(messages, task("", code, args));
            assertThat(words).as(code.name()).isNotBlank().doesNotContain("task.title");
            args.forEach(arg -> assertThat(words).as(code.name()).contains(arg));
        }
    }

    @Test
    void everyCodeHasWordsInHerCopy() throws Exception {
        Properties words = new Properties();
        try (InputStream in = org.cairn.casework.Casework.class.getResourceAsStream("subject-access.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (TaskTitle code : TaskTitle.values()) {
            assertThat(words.getProperty("task.title." + code.name())).as(code.name()).isNotBlank();
        }
    }

    @Test
    void aTypedTitleIsShownExactlyAsTyped() {
        String typed = "Ring {0} back '{'today'}' \u202Eevil\u202C";
        assertThat(TaskTitleWords.of(messages, task(typed, null, List.of()))).isEqualTo(typed);
    }

    @Test
    void anArgumentWithPatternSyntaxIsShownLiterally() {
        String name = "Refuge {0, plural, one {x} other {y}} 'Ltd' \u0000";
        assertThat(TaskTitleWords.of(messages, task("", TaskTitle.REFERRAL_FOLLOW_UP, List.of(name))))
                .contains(name);
    }
}
