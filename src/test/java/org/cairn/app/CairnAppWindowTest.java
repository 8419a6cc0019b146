package org.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app opens a window headlessly (Monocle) and it can be captured as a PNG. */
@ExtendWith(ApplicationExtension.class)
class CairnAppWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new CairnApp().start(stage);
    }

    @Test
    void realAppStartsHeadlesslyOnTheWelcomeScreen(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Cairn");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText).contains("Cairn");
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path png = Path.of("target", "screenshots", "app-start.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
