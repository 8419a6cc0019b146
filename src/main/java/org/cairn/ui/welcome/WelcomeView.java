package org.cairn.ui.welcome;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The first screen: three ways in, and the casebooks opened before. */
public final class WelcomeView {
    private final WelcomeViewModel model;
    private final Messages messages;

    public WelcomeView(WelcomeViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Label title = Layouts.title(messages.get("welcome.title"));
        title.getStyleClass().setAll("label", Styles.TITLE_1);
        // The buttons share a column as wide as the longest of them, so no language's words are cut short; the
        // hints beside them wrap in what is left.
        GridPane actions = new GridPane();
        actions.setHgap(16);
        actions.setVgap(8);
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints hints = new ColumnConstraints();
        hints.setHgrow(Priority.ALWAYS);
        actions.getColumnConstraints().setAll(buttons, hints);
        Button create = action(actions, "welcome-create", "welcome.create", "welcome.create.hint",
                Feather.PLUS_CIRCLE, model::createCasebook);
        action(actions, "welcome-open", "welcome.open", "welcome.open.hint", Feather.FOLDER, model::openCasebook);
        action(actions, "welcome-demo", "welcome.demo", "welcome.demo.hint", Feather.PLAY_CIRCLE, model::tryDemo);
        action(actions, "welcome-restore", "welcome.restore", "welcome.restore.hint", Feather.ROTATE_CCW,
                model::restoreFromBackup);
        create.setDefaultButton(true);
        actions.disableProperty().bind(model.busyProperty().or(model.demoSessionProperty().isNotNull()));
        return Layouts.card(title, Layouts.text(messages.get("welcome.lead")), actions, demoProgress(),
                Layouts.message(model.errorProperty(), Styles.DANGER), recent());
    }

    private Button action(GridPane actions, String id, String labelKey, String hintKey, Feather icon,
            Runnable run) {
        Button button = Icons.withIcon(new Button(messages.get(labelKey)), icon);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(event -> run.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAccessibleHelp(messages.get(hintKey));
        Label hint = Layouts.text(messages.get(hintKey));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        actions.addRow(actions.getRowCount(), button, hint);
        return button;
    }

    private Node demoProgress() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(model.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        TextField passphrase = new TextField();
        passphrase.setEditable(false);
        passphrase.setId("demo-passphrase");
        passphrase.textProperty().bind(model.demoPassphraseProperty());
        passphrase.getStyleClass().add("cairn-secret");
        Label passphraseLabel = new Label(messages.get("welcome.demo.passphrase"));
        passphraseLabel.setLabelFor(passphrase);
        Button go = Icons.withIcon(new Button(messages.get("welcome.demo.continue")), Feather.ARROW_RIGHT);
        go.getStyleClass().add(Styles.ACCENT);
        go.setDefaultButton(true);
        go.setId("demo-continue");
        go.setOnAction(event -> model.continueToDemo());
        VBox ready = new VBox(8, passphraseLabel, passphrase, go);
        ready.visibleProperty().bind(model.demoSessionProperty().isNotNull());
        ready.managedProperty().bind(ready.visibleProperty());
        return new VBox(8, bar, status, ready);
    }

    private Node recent() {
        VBox list = new VBox(4);
        Label heading = new Label(messages.get("welcome.recent"));
        heading.getStyleClass().add(Styles.TITLE_4);
        list.getChildren().add(heading);
        for (Path folder : model.recentFolders()) {
            Hyperlink link = new Hyperlink(folder.toString(), Icons.icon(Feather.BOOK));
            link.setOnAction(event -> model.openRecent(folder));
            list.getChildren().add(link);
        }
        list.setVisible(!model.recentFolders().isEmpty());
        list.setManaged(list.isVisible());
        return list;
    }
}
