package org.cairn.ui.letter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.templates.PlaceholderCatalogue;
import org.cairn.templates.PlaceholderDefinition;

/**
 * The values a letter needs that the casebook does not hold. What the advocate typed is remembered while the
 * screen is open, so checking again (or choosing another letter that needs the same value) loses nothing.
 */
final class MissingValues {
    private final PlaceholderCatalogue catalogue = PlaceholderCatalogue.standard();
    private final ObservableList<MissingField> fields = FXCollections.observableArrayList();
    private final Map<String, String> typed = new HashMap<>();

    ObservableList<MissingField> fields() {
        return fields;
    }

    /** Remembers what is typed in the fields shown now, and returns every value typed so far. */
    Map<String, String> remember() {
        for (MissingField field : fields) {
            String value = field.valueProperty().get();
            if (value != null && !value.isBlank()) {
                typed.put(field.name(), value);
            }
        }
        return Map.copyOf(typed);
    }

    void show(List<String> names) {
        fields.setAll(names.stream().map(this::field).toList());
    }

    void clear() {
        fields.clear();
    }

    private MissingField field(String name) {
        MissingField field = new MissingField(name, catalogue.find(name).map(PlaceholderDefinition::description)
                .orElse(name));
        field.valueProperty().set(typed.getOrDefault(name, ""));
        return field;
    }
}
