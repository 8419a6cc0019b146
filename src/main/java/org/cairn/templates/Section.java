package org.cairn.templates;

import java.util.List;

/** A titled group of items. {@code guidance} is empty when the section has none. */
public record Section(String id, String title, String guidance, List<Item> items) {
    public Section {
        SingleLine.require(id, "section id");
        SingleLine.require(title, "section title");
        SingleLine.require(guidance, "section guidance");
        items = List.copyOf(items);
    }
}
