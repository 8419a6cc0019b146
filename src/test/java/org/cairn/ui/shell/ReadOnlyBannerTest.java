package org.cairn.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cairn.ui.common.Messages;
import org.cairn.vault.OpenReport;
import org.junit.jupiter.api.Test;

class ReadOnlyBannerTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void aWritableCasebookShowsNoBanner() {
        assertThat(ReadOnlyBanner.text(new OpenReport(3, true, false), messages)).isEmpty();
    }

    @Test
    void eachReasonSaysReadOnlyWhyAndWhatToDo() {
        String damaged = ReadOnlyBanner.text(new OpenReport(1, false, false, "casebook.log is damaged", null,
                "the log is damaged"), messages);
        String older = ReadOnlyBanner.text(new OpenReport(1, false, false, null, "older", "it is an older copy"),
                messages);
        String folder = ReadOnlyBanner.text(new OpenReport(0, false, false, null, null, "cannot write"), messages);
        assertThat(damaged).startsWith("Read-only").contains("damaged or was changed").contains("restore")
                .contains("casebook's log");
        assertThat(older).startsWith("Read-only").contains("older than the copy last opened")
                .contains(messages.get("unlock.older.accept"));
        assertThat(folder).startsWith("Read-only").contains("cannot write").contains("back up");
        assertThat(java.util.List.of(damaged, older, folder)).doesNotHaveDuplicates();
    }
}
