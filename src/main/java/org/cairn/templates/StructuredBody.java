package org.cairn.templates;

import java.util.List;

/**
 * Sections of items; for a risk checklist also the thresholds, in rising order of score.
 */
public record StructuredBody(List<Section> sections, List<Threshold> thresholds) implements TemplateBody {
    public StructuredBody {
        sections = List.copyOf(sections);
        thresholds = List.copyOf(thresholds);
    }

    /** The highest total a checklist can reach: each item's best-scoring answer added up. */
    public int maximumScore() {
        return sections.stream().flatMap(s -> s.items().stream()).mapToInt(Item::maximumPoints).sum();
    }
}
