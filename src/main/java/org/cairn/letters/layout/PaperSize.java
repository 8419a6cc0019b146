package org.cairn.letters.layout;

/** Paper sizes a letter can be printed on, in PDF points (1/72 inch). */
public enum PaperSize {
    A4(595.276f, 841.890f),
    US_LETTER(612f, 792f);

    private final float widthPoints;
    private final float heightPoints;

    PaperSize(float widthPoints, float heightPoints) {
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    public float widthPoints() {
        return widthPoints;
    }

    public float heightPoints() {
        return heightPoints;
    }
}
