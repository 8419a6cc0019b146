package org.cairn.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Column headings shown whole at every text size. A table shares its width out among its columns whatever their
 * headings need, so at large text "Last checked" became "Last c…". Here each column's minimum width follows its
 * heading's width in the heading's current font; the table's resize policy then takes the room from wider columns,
 * whose values may still end in "…" (their whole value is in the cell's tooltip or one click away).
 */
public final class TableHeadings {
    private static final String WATCHED = "cairn.heading.watched";

    private TableHeadings() {
    }

    /** Keeps every heading of {@code table} whole, now and whenever the text size changes. */
    public static void keepWhole(TableView<?> table) {
        table.skinProperty().addListener((o, was, now) -> {
            if (now != null) {
                // The headings exist once the skin does; their fonts arrive with the next styling pass.
                Platform.runLater(() -> watchHeadings(table));
            }
        });
        if (table.getSkin() != null) {
            watchHeadings(table);
        }
    }

    private static void watchHeadings(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && !header.getProperties().containsKey(WATCHED)
                    && header.lookup(".label") instanceof Label label) {
                header.getProperties().put(WATCHED, Boolean.TRUE);
                Runnable fit = () -> fit(header, label, header.getTableColumn());
                label.fontProperty().addListener((o, was, now) -> fit.run());
                label.textProperty().addListener((o, was, now) -> fit.run());
                header.paddingProperty().addListener((o, was, now) -> fit.run());
                fit.run();
            }
        }
    }

    private static void fit(TableColumnHeader header, Label label, TableColumnBase<?, ?> column) {
        double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()) + 2;
        column.setMinWidth(needed);
    }
}
