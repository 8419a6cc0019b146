package org.cairn.stats;

/** A table the issue asks for that the casebook cannot produce yet; listed in outputs so its absence is explained. */
public record UnavailableTable(String id, String title, String reason) {
}
