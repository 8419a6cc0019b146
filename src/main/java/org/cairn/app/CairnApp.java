package org.cairn.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The JavaFX application. The casebook screens arrive with the desktop-app issue; until then, a plain window. */
public final class CairnApp extends Application {
    @Override
    public void start(Stage stage) {
        Label title = new Label("Cairn");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label body = new Label("The casebook screens are coming. Until then, use the command line: cairn --help");
        body.setWrapText(true);
        VBox root = new VBox(16, title, body);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(32));
        stage.setTitle("Cairn");
        stage.setScene(new Scene(root, 560, 320));
        stage.show();
    }
}
