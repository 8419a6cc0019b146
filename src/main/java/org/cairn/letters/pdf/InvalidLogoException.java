package org.cairn.letters.pdf;

/** The organisation's logo is not an image PDF letters can use. */
public final class InvalidLogoException extends LetterRenderException {

    public InvalidLogoException(Throwable cause) {
        super(LetterRenderProblem.LOGO_UNREADABLE, "The organisation logo could not be read as a PNG or JPEG image. "
                + "Choose another logo file in the organisation settings, or remove the logo.", cause);
    }

    public InvalidLogoException(String message) {
        super(LetterRenderProblem.LOGO_TOO_LARGE, message, null);
    }
}
