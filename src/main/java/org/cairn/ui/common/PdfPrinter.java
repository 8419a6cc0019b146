package org.cairn.ui.common;

/** The system print dialog and printer, behind an interface so that flows can be tested headlessly. */
public interface PdfPrinter {
    /**
     * Shows the system print dialog and, when the advocate confirms, prints the PDF.
     *
     * @return true when the document was sent to the printer, false when the advocate cancelled
     */
    boolean print(byte[] pdf);
}
