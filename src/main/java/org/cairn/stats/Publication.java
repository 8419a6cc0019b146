package org.cairn.stats;

import java.util.List;

/**
 * The result of a publication or preview: the chosen tables in catalogue order, quarter by quarter, with the
 * warnings the coordinator must see.
 *
 * @param notes facts the outputs state (for example a table missing from a quarter frozen before it existed)
 * @param warnings things the person exporting must be told (for example the differencing risk of a revision)
 */
public record Publication(PublicationRequest request, List<PublishedTable> tables, List<String> notes,
        List<String> warnings) {
    public Publication {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }
}
