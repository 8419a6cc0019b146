package org.cairn.firewall;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.FormTemplate;
import org.cairn.casebook.Note;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.Item;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.Section;
import org.cairn.templates.StructuredBody;
import org.cairn.templates.TemplateKind;
import org.cairn.templates.TemplateLibrary;
import org.cairn.templates.TemplateParser;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * Test-only entry point for the steps of {@link NoNetworkSyscallsTest}'s workflow that Cairn's command line does
 * not offer: writing notes and filling in a safety plan. It runs in the traced JVM and goes through the same
 * casebook and template code as the app's case file and plans screens (the template library, a case's copy of the
 * template, saved versions, a review task).
 *
 * <p>Usage: {@code WorkflowSteps notes|safety-plan CASEBOOK}, with the passphrase on standard input. Works on the
 * first case the search lists, and prints one line saying what it wrote.
 */
public final class WorkflowSteps {
    static final String NOTE_TEXT = "Strace workflow note: called back, no answer.";
    static final String SAFETY_PLAN = "plan-staying";

    private WorkflowSteps() {
    }

    public static void main(String[] args) throws Exception {
        char[] typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .toCharArray();
        try (Passphrase passphrase = Passphrase.copyOf(typed);
                Vault vault = Vault.open(Path.of(args[1]), passphrase, VaultOptions.standard())) {
            Casebook casebook = Casebook.open(vault, Clock.systemUTC(), "strace-test");
            long caseId = casebook.search("", 1).get(0).caseId();
            switch (args[0]) {
                case "notes" -> notes(casebook, caseId);
                case "safety-plan" -> safetyPlan(casebook, caseId);
                default -> throw new IllegalArgumentException("unknown step " + args[0]);
            }
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private static void notes(Casebook casebook, long caseId) {
        Note note = casebook.notes().add(caseId, NOTE_TEXT);
        casebook.notes().edit(note.id(), NOTE_TEXT + " Left a message.");
        casebook.notes().add(caseId, "Strace workflow note: second note.");
        System.out.println("notes: 2 added, 1 edited");
    }

    /** As the plans screen does: start the plan from the library with a copy of its text, answer, save, review. */
    private static void safetyPlan(Casebook casebook, long caseId) {
        TemplateParser parser = TemplateParser.standard();
        LibraryTemplate template = new TemplateLibrary(new BuiltInTemplates(parser), parser, casebook.orgTemplates())
                .all().stream().filter(t -> t.header().id().equals(SAFETY_PLAN)).findFirst().orElseThrow();
        if (template.header().kind() != TemplateKind.SAFETY_PLAN) {
            throw new IllegalStateException(SAFETY_PLAN + " is not a safety plan");
        }
        var header = template.header();
        CaseForm form = casebook.forms().start(caseId, new FormTemplate(header.id(), header.version(),
                header.kind().token(), header.title(), template.sourceText()));
        Map<String, String> answers = new LinkedHashMap<>();
        for (Section section : ((StructuredBody) template.template().body()).sections()) {
            for (Item item : section.items()) {
                answers.put(item.id(), answerFor(item));
            }
        }
        casebook.forms().save(form.id(), answers, null);
        casebook.forms().setReview(form.id(), LocalDate.now(Clock.systemUTC()).plusDays(14), "Review safety plan");
        System.out.println("safety plan: " + answers.size() + " answers saved");
    }

    private static String answerFor(Item item) {
        return switch (item.type()) {
            case TICK -> "ticked";
            case YES_NO_UNKNOWN -> "yes";
            case CHOICE -> item.choices().get(0);
            case DATE -> LocalDate.now(Clock.systemUTC()).toString();
            case SHORT_TEXT, LONG_TEXT -> "Strace workflow answer";
        };
    }
}
