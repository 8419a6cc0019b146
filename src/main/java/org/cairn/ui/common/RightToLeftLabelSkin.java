package org.cairn.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Text;

/**
 * A label of a right-to-left window whose wrapped text JavaFX 21 would draw wrongly ({@link RightToLeftLines}): the
 * label's text gets its line breaks from Cairn at the label's width, and its preferred width stays that of the
 * unbroken text, so layouts give it the room a wrapped label gets. Labels whose text is bound, not wrapped or
 * without right-to-left letters are left as they are. Installed through the right-to-left stylesheet
 * ({@link Stylesheets#rightToLeft()}).
 */
public final class RightToLeftLabelSkin extends LabelSkin {
    /** The text as the screen set it, before any break of ours. */
    private String logical;
    private boolean breaking;

    public RightToLeftLabelSkin(Label label) {
        super(label);
        logical = label.getText();
        registerChangeListener(label.textProperty(), o -> {
            if (!breaking) {
                logical = label.getText();
                rebreak();
            }
        });
        registerChangeListener(label.widthProperty(), o -> rebreak());
        registerChangeListener(label.fontProperty(), o -> rebreak());
        registerChangeListener(label.wrapTextProperty(), o -> rebreak());
        rebreak();
    }

    private boolean applies() {
        Label label = getSkinnable();
        return label.isWrapText() && !label.textProperty().isBound() && RightToLeftLines.hasRightToLeft(logical);
    }

    private void rebreak() {
        Label label = getSkinnable();
        double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset() - graphicWidth();
        if (!applies() || width <= 0) {
            return;
        }
        // A pixel of slack: the wrap JavaFX still applies must never find a line too long by rounding.
        String broken = RightToLeftLines.breakLines(logical, width - 1, this::measure, java.util.Locale.ROOT);
        if (!broken.equals(label.getText())) {
            breaking = true;
            try {
                label.setText(broken);
            } finally {
                breaking = false;
            }
        }
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
            double leftInset) {
        if (!applies()) {
            return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        }
        double widest = 0;
        for (String paragraph : logical.split("\n", -1)) {
            widest = Math.max(widest, measure(paragraph));
        }
        return leftInset + Math.ceil(widest) + graphicWidth() + rightInset;
    }

    private double graphicWidth() {
        Label label = getSkinnable();
        return label.getGraphic() == null ? 0 : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
    }

    private double measure(String line) {
        Text text = new Text(line);
        text.setFont(getSkinnable().getFont());
        return text.getLayoutBounds().getWidth();
    }
}
