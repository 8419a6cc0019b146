package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The arguments of a coded title come back exactly as they went in, and a tampered column never throws. */
class TaskTitleArgsTest {
    private static final String ALPHABET = "a:0123456789 \u0000\u001f\u202e\u00e9\uD83D\uDE00{}'";

    @Test
    void anyArgumentsRoundTrip() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 2_000; trial++) {
            List<String> args = new ArrayList<>();
            int count = random.nextInt(1, 4);
            for (int i = 0; i < count; i++) {
                StringBuilder arg = new StringBuilder();
                int length = random.nextInt(0, 12);
                for (int c = 0; c < length; c++) {
                    arg.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                args.add(arg.toString());
            }
            assertThat(TaskTitleArgs.decode(TaskTitleArgs.encode(args))).isEqualTo(args);
        }
    }

    @Test
    void noArgumentsIsNull() {
        assertThat(TaskTitleArgs.encode(List.of())).isNull();
        assertThat(TaskTitleArgs.decode(null)).isEmpty();
    }

    @Test
    void malformedColumnsGiveNoArgumentsAndNeverThrow() {
        for (String bad : List.of("5:abc", ":abc", "x:abc", "-1:a", "99999999999:a", "3abc", "1:a2:b", "\uff13:abc")) {
            assertThat(TaskTitleArgs.decode(bad)).as(bad).isEmpty();
        }
    }
}
