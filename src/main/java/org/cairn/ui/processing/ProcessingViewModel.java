package org.cairn.ui.processing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casework.ProcessingReport;
import org.cairn.casework.RetentionCategory;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * The records of processing for the data-protection lead: what the casebook holds, how long closed cases are kept,
 * and every hold, review decision, erasure, subject access request and correction, as identifiers, dates, counts
 * and staff names. Read-only; exported as CSV with nothing that describes a client.
 */
public final class ProcessingViewModel {
    /** The words for each kind of data the use case names. */
    private static final Map<String, String> CATEGORY_KEYS = Map.ofEntries(
            Map.entry("clients", "processing.category.clients"),
            Map.entry("languages", "processing.category.languages"),
            Map.entry("cases", "processing.category.cases"),
            Map.entry("abuse", "processing.category.abuse"),
            Map.entry("notes", "processing.category.notes"),
            Map.entry("noteVersions", "processing.category.noteVersions"),
            Map.entry("tasks", "processing.category.tasks"),
            Map.entry("consents", "processing.category.consents"),
            Map.entry("forms", "processing.category.forms"),
            Map.entry("risk", "processing.category.risk"),
            Map.entry("marac", "processing.category.marac"),
            Map.entry("referrals", "processing.category.referrals"),
            Map.entry("letters", "processing.category.letters"),
            Map.entry("peopleCausingHarm", "processing.category.peopleCausingHarm"),
            Map.entry("neverContact", "processing.category.neverContact"),
            Map.entry("subjectAccess", "processing.category.subjectAccess"),
            Map.entry("corrections", "processing.category.corrections"),
            Map.entry("directory", "processing.category.directory"),
            Map.entry("audit", "processing.category.audit"));
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final FileChooserService files;
    private final ObservableList<ProcessingLine> lines = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    public ProcessingViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.files = Objects.requireNonNull(files);
    }

    public void load() {
        tasks.run(progress -> lines(session.casework().processingRecords().report()), lines::setAll,
                failure -> status.set(errors.describe(failure)));
    }

    /** Writes the lines shown as a CSV file readable only by this computer's user. */
    public void exportCsv() {
        List<ProcessingLine> shown = List.copyOf(lines);
        List<String> header = List.of(messages.get("processing.column.section"),
                messages.get("processing.column.item"), messages.get("processing.column.date"),
                messages.get("processing.column.detail"));
        files.chooseFileToSave(messages.get("processing.export.title"), "records-of-processing.csv")
                .ifPresent(file -> tasks.run(progress -> {
                    OwnerOnlyFiles.write(file, ProcessingCsv.of(header, shown).getBytes(StandardCharsets.UTF_8));
                    return file;
                }, (Path saved) -> status.set(messages.format("processing.export.done",
                        saved.getFileName().toString())),
                        failure -> status.set(failure instanceof java.io.IOException
                                ? messages.get("processing.export.failed") : errors.describe(failure))));
    }

    public void back() {
        navigator.home(session);
    }

    private List<ProcessingLine> lines(ProcessingReport report) {
        List<ProcessingLine> all = new ArrayList<>();
        String held = section("processing.section.held");
        for (ProcessingReport.DataCategory category : report.categories()) {
            all.add(new ProcessingLine(held, messages.get(CATEGORY_KEYS.getOrDefault(category.key(), category.key())), "",
                    messages.format(category.specialCategory() ? "processing.records.special"
                            : "processing.records", category.records())));
        }
        String periods = section("processing.section.periods");
        all.add(new ProcessingLine(periods, messages.get("processing.period.default"), "",
                messages.format("processing.years", report.schedule().defaultYears())));
        for (RetentionCategory category : RetentionCategory.values()) {
            Integer years = report.schedule().categoryYears().get(category);
            if (years != null) {
                all.add(new ProcessingLine(periods, messages.get(org.cairn.ui.retention.RetentionViewModel.categoryKey(category)), "",
                        messages.format("processing.years", years)));
            }
        }
        for (ProcessingReport.Hold hold : report.holds()) {
            all.add(new ProcessingLine(section("processing.section.holds"), hold.reference(), day(hold.reviewOn()),
                    messages.format("processing.hold", moment(hold.placedAt()), hold.placedBy())));
        }
        for (ProcessingReport.Decision decision : report.decisions()) {
            String what = messages.format(switch (decision.choice()) {
                case KEEP -> "processing.decision.KEEP";
                case ERASE -> "processing.decision.ERASE";
                case ANONYMISE -> "processing.decision.ANONYMISE";
            }, day(decision.keepUntil()),
                    decision.decidedBy());
            all.add(new ProcessingLine(section("processing.section.decisions"), decision.reference(), moment(decision.decidedAt()),
                    decision.carriedOutAt() == null ? what
                            : what + " " + messages.format("processing.carriedOut", moment(decision.carriedOutAt()))));
        }
        for (ProcessingReport.Erased erased : report.erasures()) {
            String what = switch (erased.scope()) {
                case CLIENT -> messages.format("processing.erased.client", erased.cases());
                case CASE -> messages.get("processing.erased.case");
                case ANONYMISED -> messages.get("processing.erased.anonymised");
            };
            all.add(new ProcessingLine(section("processing.section.erasures"), erased.erasureId(), moment(erased.erasedAt()),
                    erased.reapplied() ? what + " " + messages.get("processing.erased.again") : what));
        }
        for (ProcessingReport.Request request : report.requests()) {
            all.add(new ProcessingLine(section("processing.section.requests"), request.reference().isEmpty()
                    ? messages.get("processing.request.erased") : request.reference(), day(request.dueBy()),
                    messages.format(request.completedOn() == null ? "processing.request.open"
                            : "processing.request.done", day(request.receivedOn()), request.extended() ? 1 : 0,
                            day(request.completedOn()), request.delivery().map(d -> switch (d) {
                                case POST -> "post";
                                case BY_HAND -> "byHand";
                            }).orElse("other"))));
        }
        for (ProcessingReport.Correction correction : report.corrections()) {
            all.add(new ProcessingLine(section("processing.section.corrections"), correction.reference(), day(correction.requestedOn()),
                    messages.format("processing.correction", correction.field(), correction.recordedBy(),
                            moment(correction.recordedAt()))));
        }
        return all;
    }

    private String section(String key) {
        return messages.get(key);
    }

    private String day(LocalDate date) {
        return date == null ? "" : messages.dates().day(date);
    }

    private String moment(Instant at) {
        return messages.dates().moment(at);
    }

    public ObservableList<ProcessingLine> lines() {
        return lines;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
