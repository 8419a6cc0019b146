package org.cairn.transfer;

/** A made transfer file: its bytes, its number in the series sent to that casebook, and how many cases it holds. */
public record ExportedTransfer(byte[] file, long sequence, int cases) {
}
