package org.cairn.templates;

import java.util.ArrayList;
import java.util.List;

/** An item or threshold while its detail lines are still being read. */
final class ItemDraft {
    final int line;
    String id;
    ItemType type;
    String text;
    String guidance = "";
    List<String> choices = List.of();
    final List<Attribute> attributes = new ArrayList<>();

    ItemDraft(int line) {
        this.line = line;
    }

    /** A detail line such as {@code  score: yes = 1}, kept with the position of its value. */
    record Attribute(String key, String value, int line, int column) {
    }

    Attribute attribute(String key) {
        return attributes.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
    }
}
