package org.cairn.stats;

import java.util.List;

/**
 * The result of a publication or preview: the tables in catalogue order, quarter by quarter, with what was left
 * out and why, and any warnings the coordinator must see.
 *
 * @param notes facts the outputs state (for example a table missing from a quarter frozen before it existed)
 * @param warnings things the person exporting must be told (for example the differencing risk of a revision)
 */
public record Publication(PublicationRequest request, List<PublishedTable> tables,
        List<UnavailableTable> unavailable, List<String> notes, List<String> warnings) {
    public Publication {
        tables = List.copyOf(tables);
        unavailable = List.copyOf(unavailable);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }
}
