package org.cairn.ui.letter;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private String shownFor;

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

    /**
     * Shows the fields {@code names} for the letter {@code letterId}. For the same letter, the fields already typed
     * stay in view with their values (checking again fills them in, but the advocate may still want to change them);
     * another letter starts from its own missing values.
     */
    void show(String letterId, List<String> names) {
        Set<String> shown = new LinkedHashSet<>();
        if (letterId.equals(shownFor)) {
            fields.stream().map(MissingField::name).filter(typed::containsKey).forEach(shown::add);
        }
        shown.addAll(names);
        shownFor = letterId;
        fields.setAll(shown.stream().map(this::field).toList());
    }

    /** Descriptions of the named values, for saying what the letter still needs. */
    List<String> describe(List<String> names) {
        return names.stream().map(name -> catalogue.find(name).map(PlaceholderDefinition::description)
                .orElse(name)).toList();
    }

    void clear() {
        fields.clear();
        shownFor = null;
    }

    private MissingField field(String name) {
        MissingField field = new MissingField(name, catalogue.find(name).map(PlaceholderDefinition::description)
                .orElse(name));
        field.valueProperty().set(typed.getOrDefault(name, ""));
        return field;
    }
}
