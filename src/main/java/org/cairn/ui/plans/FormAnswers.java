package org.cairn.ui.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.casework.OpenedForm;
import org.cairn.templates.Item;
import org.cairn.templates.Section;
import org.cairn.templates.StructuredBody;

/** The answers being typed into the open form, one property per item, starting from its newest version. */
final class FormAnswers {
    private final Map<String, StringProperty> answers = new LinkedHashMap<>();

    /** Replaces the answers with those of {@code form}'s newest version; {@code changed} runs on every edit. */
    void reset(OpenedForm form, Runnable changed) {
        answers.clear();
        Map<String, String> latest = form.versions().isEmpty() ? Map.of()
                : form.versions().get(form.versions().size() - 1).answers();
        for (Section section : ((StructuredBody) form.template().body()).sections()) {
            for (Item item : section.items()) {
                StringProperty answer = new SimpleStringProperty(latest.getOrDefault(item.id(), ""));
                answer.addListener((o, was, now) -> changed.run());
                answers.put(item.id(), answer);
            }
        }
    }

    StringProperty of(String itemId) {
        StringProperty answer = answers.get(itemId);
        if (answer == null) {
            throw new IllegalArgumentException("the open form has no item " + itemId);
        }
        return answer;
    }

    /** The answers given, unanswered items left out. */
    Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((item, value) -> {
            if (value.get() != null && !value.get().isBlank()) {
                given.put(item, value.get());
            }
        });
        return given;
    }
}
