package org.cairn.ui.common;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints through java.awt.print with PDFBox drawing the pages: the letter goes straight from memory to the print
 * system, never through a temporary file. The job name is neutral, as print queues are visible to others.
 */
public final class SystemPdfPrinter implements PdfPrinter {
    @Override
    public boolean print(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName("Letter");
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the letter could not be prepared for printing", e);
        } catch (PrinterException e) {
            throw new PrinterRefusedException(e);
        }
    }
}
