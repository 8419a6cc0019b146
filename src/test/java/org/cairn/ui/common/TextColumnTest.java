package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TextColumnTest {
    private static final String REASON = "The person harming her drives for this taxi firm and knows every driver";

    @Start
    void start(Stage stage) {
        TableView<String> table = new TableView<>();
        table.setId("table");
        table.getColumns().add(TextColumn.of("Reason", row -> row));
        table.getColumns().get(0).setPrefWidth(120);
        table.getItems().setAll(List.of(REASON, ""));
        stage.setScene(new Scene(table, 200, 150));
        stage.show();
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aCellTooNarrowForItsTextKeepsTheWholeTextInItsTooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell> cells = List.copyOf(robot.lookup("#table .table-cell").queryAllAs(TableCell.class));
        TableCell reason = cells.stream().filter(c -> REASON.equals(c.getText())).findFirst().orElseThrow();
        assertThat(reason.getTooltip()).isNotNull();
        assertThat(reason.getTooltip().getText()).isEqualTo(REASON);
        assertThat(cells).filteredOn(c -> c.getText() == null).allSatisfy(c -> assertThat(c.getTooltip()).isNull());
    }
}
