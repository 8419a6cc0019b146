package org.cairn.ui.common;

/** The printer did not take the document; the screens word it through {@code letter.print.refused}. */
public final class PrinterRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PrinterRefusedException(Throwable cause) {
        super("The printer did not accept the document. Check that it is switched on and try again.", cause);
    }
}
