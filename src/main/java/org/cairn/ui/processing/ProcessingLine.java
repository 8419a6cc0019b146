package org.cairn.ui.processing;

/**
 * One line of the records of processing, as the table shows it and the CSV file writes it.
 *
 * @param section which record it belongs to (data held, periods, holds, decisions, erasures, requests, corrections)
 * @param item what the line is about: a kind of data, a case reference or an erasure's id
 * @param date the date that matters for it, written as the app writes dates, or empty
 * @param detail the rest in words: counts, who, states; never a reason or a value about a client
 */
public record ProcessingLine(String section, String item, String date, String detail) {
}
