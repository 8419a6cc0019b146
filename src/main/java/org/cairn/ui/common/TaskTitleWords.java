package org.cairn.ui.common;

import java.util.Locale;
import org.cairn.casebook.Task;
import org.cairn.casebook.TaskTitle;

/** What a task is called on screen: the words a person typed, or the bundle's words for a title Cairn wrote. */
public final class TaskTitleWords {
    private TaskTitleWords() {
    }

    /** The key for a coded title: {@code task.title.retention-review} for {@code RETENTION_REVIEW}. */
    public static String key(TaskTitle title) {
        return "task.title." + title.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String of(Messages messages, Task task) {
        if (task.titleCode() == null) {
            return task.title();
        }
        return messages.format(key(task.titleCode()), task.titleArgs().toArray());
    }
}
