package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A message line keeps following a binding made just for it, even after garbage collection. */
@ExtendWith(ApplicationExtension.class)
class MessageLineTest {
    @Test
    void aBindingMadeForTheLineKeepsItUpToDate(FxRobot robot) throws Exception {
        SimpleBooleanProperty changed = new SimpleBooleanProperty(false);
        Label[] line = new Label[1];
        robot.interact(() -> line[0] = Layouts.message(Bindings.when(changed).then("Not saved yet").otherwise(""),
                "text-muted"));
        // Collect until an object made after the line is gone, so a binding held only weakly would be gone too.
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && sentinel.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(sentinel.get()).as("a collection ran").isNull();
        robot.interact(() -> changed.set(true));
        assertThat(line[0].getText()).isEqualTo("Not saved yet");
        assertThat(line[0].isVisible()).isTrue();
    }
}
