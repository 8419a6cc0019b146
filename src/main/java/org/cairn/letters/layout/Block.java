package org.cairn.letters.layout;

import java.util.List;

/** One block of a letter's body. */
public sealed interface Block {

    /** A heading; level 1 is the largest, levels beyond 3 are drawn like 3. */
    record Heading(int level, List<Inline> inlines) implements Block {
        public Heading {
            if (level < 1) {
                throw new IllegalArgumentException("heading level must be 1 or more");
            }
            inlines = List.copyOf(inlines);
        }
    }

    record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Inline.plain(text)));
        }
    }

    /** A bulleted list; each item is a list of inlines. */
    record BulletList(List<List<Inline>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A list numbered from 1; each item is a list of inlines. */
    record NumberedList(List<List<Inline>> items) implements Block {
        public NumberedList {
            items = items.stream().map(List::copyOf).toList();
        }
    }
}
