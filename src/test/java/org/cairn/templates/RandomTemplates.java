package org.cairn.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cairn.casebook.RiskLevel;

/** Valid templates of every kind, made from a seed, with awkward but legal text (colons, pipes, scripts). */
final class RandomTemplates {
    private static final String[] WORDS = {"safe", "plan", "bag", "a:b", "x = y", "[tick]", "##", "- item", "#",
        "guidance:", "threshold:", "źdźbło", "ação", "مرحبا", "نمستے", "নমস্কার", "Ελλάδα", "привет", "🙂",
        "---", "}}", "{ {", "100%", "\"quoted\"", "it's", "\u2067iso\u2069"};

    private final Random random;
    private final List<PlaceholderDefinition> placeholders = PlaceholderCatalogue.standard().all();
    private int nextId;

    RandomTemplates(long seed) {
        this.random = new Random(seed);
    }

    Template next() {
        TemplateKind kind = pick(TemplateKind.values());
        RecipientKind recipient = pick(RecipientKind.values());
        ConsentNeed consent = kind == TemplateKind.REFERRAL ? ConsentNeed.REFER_TO_ORGANISATION
                : pick(ConsentNeed.values());
        Set<SensitivityClass> sensitive = EnumSet.noneOf(SensitivityClass.class);
        for (SensitivityClass c : SensitivityClass.values()) {
            if (random.nextBoolean() || !kind.structured()) {
                sensitive.add(c);
            }
        }
        boolean oisc = random.nextBoolean() || recipient == RecipientKind.IMMIGRATION_AUTHORITY;
        TemplateHeader header = new TemplateHeader(id(), 1 + random.nextInt(500), text(6), kind,
                pick(new String[] {"en-GB", "es", "pt-BR", "ur", "bn", "ar"}), recipient, consent, sensitive, oisc,
                text(10), LocalDate.of(2020 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                pick(TranslationStatus.values()));
        TemplateBody body = kind.structured() ? structured(kind == TemplateKind.RISK_CHECKLIST) : markdown();
        return new Template(header, body);
    }

    private StructuredBody structured(boolean checklist) {
        List<Section> sections = new ArrayList<>();
        for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
            List<Item> items = new ArrayList<>();
            for (int i = 0, m = 1 + random.nextInt(4); i < m; i++) {
                items.add(item(checklist));
            }
            sections.add(new Section(id(), text(4), random.nextBoolean() ? "" : text(12), items));
        }
        if (!checklist) {
            return new StructuredBody(sections, List.of());
        }
        List<Item> first = new ArrayList<>(sections.get(0).items());
        first.add(new Item(id(), ItemType.TICK, text(3), "", List.of(), List.of(new Score("ticked", 5))));
        sections.set(0, new Section(sections.get(0).id(), sections.get(0).title(), "", first));
        StructuredBody unscored = new StructuredBody(sections, List.of());
        List<Threshold> thresholds = new ArrayList<>();
        int minimum = 0;
        for (RiskLevel level : RiskLevel.values()) {
            if (random.nextBoolean() || level == RiskLevel.HIGH) {
                thresholds.add(new Threshold(minimum, level, random.nextBoolean(), random.nextBoolean() ? "" : text(8)));
                minimum = Math.min(unscored.maximumScore(), minimum + 1 + random.nextInt(2));
            }
        }
        return new StructuredBody(sections, dedupe(thresholds));
    }

    /** Thresholds must rise strictly; when the maximum caps them, keep the first of equal minimums. */
    private static List<Threshold> dedupe(List<Threshold> thresholds) {
        List<Threshold> result = new ArrayList<>();
        for (Threshold t : thresholds) {
            if (result.isEmpty() || t.minimum() > result.get(result.size() - 1).minimum()) {
                result.add(t);
            }
        }
        return result;
    }

    private Item item(boolean checklist) {
        ItemType type = pick(ItemType.values());
        List<String> choices = type == ItemType.CHOICE ? List.of("Often " + id(), "Never: " + id(), "a=b " + id())
                : List.of();
        List<Score> scores = new ArrayList<>();
        if (checklist) {
            for (String answer : type.scorableAnswers(choices)) {
                if (random.nextBoolean()) {
                    scores.add(new Score(answer, 1 + random.nextInt(100)));
                }
            }
        }
        return new Item(id(), type, text(8), random.nextBoolean() ? "" : text(15), choices, scores);
    }

    private MarkdownBody markdown() {
        List<String> lines = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            String line = random.nextInt(4) == 0 ? "" : text(6) + " {{" + pick(placeholders).name() + "}}"
                    + (random.nextBoolean() ? "  " : "");
            lines.add(line);
        }
        lines.set(0, "# " + text(3));
        lines.set(lines.size() - 1, text(2));
        return new MarkdownBody(String.join("\n", lines));
    }

    private String text(int maxWords) {
        StringBuilder out = new StringBuilder(pick(WORDS));
        for (int i = random.nextInt(maxWords); i > 0; i--) {
            out.append(random.nextInt(5) == 0 ? "  " : " ").append(pick(WORDS));
        }
        return out.toString();
    }

    private String id() {
        return "id-" + nextId++ + (random.nextBoolean() ? "" : "-x" + random.nextInt(99));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
