package org.cairn.templates;

import java.util.Optional;

/** A checklist's total so far and the highest threshold it reaches (none when no threshold starts at 0). */
public record ChecklistResult(int total, Optional<Threshold> threshold) {
}
