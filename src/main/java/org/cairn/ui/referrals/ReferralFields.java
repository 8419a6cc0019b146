package org.cairn.ui.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Client;
import org.cairn.templates.MarkdownBody;
import org.cairn.templates.PlaceholderCatalogue;
import org.cairn.templates.PlaceholderDefinition;
import org.cairn.templates.Template;
import org.cairn.ui.common.Messages;

/**
 * What a referral template needs, in order of first use, with the value the case already gives where this
 * screen can tell. Filling in the document itself belongs to the letters pipeline.
 */
final class ReferralFields {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z.]+)\\s*}}");
    private final PlaceholderCatalogue catalogue = PlaceholderCatalogue.standard();
    private final Messages messages;

    ReferralFields(Messages messages) {
        this.messages = messages;
    }

    List<String> describe(Template template, CaseFile caseFile, Client client, ReferralRecipient recipient,
            LocalDate today) {
        if (!(template.body() instanceof MarkdownBody body)) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(body.text());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            String description = catalogue.find(name).map(PlaceholderDefinition::description).orElse(name);
            String value = value(name, caseFile, client, recipient, today);
            lines.add(messages.format("referrals.field", description,
                    value == null ? messages.get("referrals.field.later") : value));
        }
        return lines;
    }

    /** Split on the first dot, so the part names never read like message keys. */
    private String value(String name, CaseFile caseFile, Client client, ReferralRecipient recipient,
            LocalDate today) {
        String[] parts = name.split("\\.", 2);
        String field = parts.length == 2 ? parts[1] : "";
        return switch (parts[0]) {
            case "today" -> messages.dates().day(today);
            case "client" -> switch (field) {
                case "alias" -> client.details().alias();
                case "languages" -> String.join(", ", client.details().languages());
                default -> null;
            };
            case "case" -> switch (field) {
                case "reference" -> caseFile.reference().toString();
                case "openedOn" -> messages.dates().day(caseFile.details().openedOn());
                case "riskLevel" -> caseFile.details().risk().name().toLowerCase(Locale.ROOT);
                default -> null;
            };
            case "recipient" -> recipient == null ? null : switch (field) {
                case "name", "organisation" -> recipient.name();
                case "email" -> recipient.email();
                case "address" -> recipient.address();
                default -> null;
            };
            case "advocate" -> "name".equals(field) ? caseFile.details().advocate() : null;
            default -> null;
        };
    }
}
