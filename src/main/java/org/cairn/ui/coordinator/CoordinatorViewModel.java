package org.cairn.ui.coordinator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casework.Counts;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.stats.Catalogue;
import org.cairn.stats.CompletedQuarters;
import org.cairn.stats.CoordinatorKey;
import org.cairn.stats.CountingRule;
import org.cairn.stats.CountsProblem;
import org.cairn.stats.CountsRefusedException;
import org.cairn.stats.CountsBundles;
import org.cairn.stats.CsvExport;
import org.cairn.stats.DisclosureSettings;
import org.cairn.stats.Layout;
import org.cairn.stats.Publication;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.PublishedTable;
import org.cairn.stats.Quarter;
import org.cairn.stats.QuarterRange;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * The coordinator's counts: choose quarters and tables, preview exactly what will be published, export CSV and
 * PDF, and move counts bundles between laptops and the coordinator. All work runs off the UI thread; the
 * casework layer's counts (and, beneath them, the stats package) do the counting, protection, freezing and auditing.
 */
public final class CoordinatorViewModel {
    /** How many completed quarters the period lists offer. */
    static final int QUARTERS_OFFERED = 12;

    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final FileChooserService files;
    private final DialogService dialogs;
    private final ErrorMessages errors;
    private final CsvExport export;
    private final Catalogue catalogue = Catalogue.standard();
    private final ObservableList<Quarter> quarters = FXCollections.observableArrayList();
    private final ObjectProperty<Quarter> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Quarter> to = new SimpleObjectProperty<>();
    private final ObjectProperty<CountingRule> rule = new SimpleObjectProperty<>(CountingRule.CONSENTED);
    private final BooleanProperty merged = new SimpleBooleanProperty();
    private final ObservableList<TableChoice> tables = FXCollections.observableArrayList();
    private final ObservableList<PreviewTable> preview = FXCollections.observableArrayList();
    private final ObservableList<String> coverage = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty newPeople = new SimpleStringProperty("");
    private final Clock clock;

    public CoordinatorViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            FileChooserService files, DialogService dialogs, Clock clock, String cairnVersion) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.errors = new ErrorMessages(messages);
        this.export = new CsvExport(cairnVersion);
        this.clock = Objects.requireNonNull(clock);
        Quarter latest = new CompletedQuarters(Objects.requireNonNull(clock)).latest();
        List<Quarter> offered = new ArrayList<>();
        for (Quarter q = latest; offered.size() < QUARTERS_OFFERED; q = q.previous()) {
            offered.add(0, q);
        }
        quarters.setAll(offered);
        from.set(latest);
        to.set(latest);
        catalogue.tables().forEach(spec -> tables.add(TableChoice.of(spec)));
        from.addListener((o, was, now) -> preview.clear());
        to.addListener((o, was, now) -> preview.clear());
        rule.addListener((o, was, now) -> preview.clear());
        merged.addListener((o, was, now) -> preview.clear());
        refreshCoverage();
    }

    /** Computes what an export would publish, without freezing or auditing anything. */
    public void preview() {
        PublicationRequest request = request();
        if (request == null) {
            return;
        }
        start(messages.get("coordinator.previewing"), progressReport -> preview(request), publication -> {
            preview.setAll(previewOf(publication));
            status.set(publication.warnings().isEmpty() ? messages.format("coordinator.previewed", preview.size())
                    : String.join(" ", publication.warnings()));
        });
    }

    /** Publishes (freezing new quarters, audited) and writes CSV and PDF into a chosen folder. */
    public void exportFiles() {
        PublicationRequest request = request();
        if (request == null) {
            return;
        }
        files.chooseFolder(messages.get("coordinator.export.choose")).ifPresent(folder -> start(
                messages.get("coordinator.exporting"), progressReport -> {
                    export.requireFree(folder);
                    progressReport.report(0.2);
                    Publication publication = publish(request);
                    progressReport.report(0.6);
                    List<Path> written = export.write(publication, folder);
                    progressReport.report(1);
                    return new Exported(publication, written.size(), folder);
                }, done -> {
                    preview.setAll(previewOf(done.publication()));
                    status.set(messages.format("coordinator.exported", done.files(), done.folder().toString()));
                    dialogs.showInformation(messages.get("coordinator.title"), status.get());
                }));
    }

    /** On a laptop: this casebook's exact counts for the chosen quarters, sealed for the coordinator's key. */
    public void exportBundle() {
        QuarterRange range = range();
        if (range == null) {
            return;
        }
        String suggested = "cairn-counts-" + range.toString() + ".cairnbundle";
        files.chooseFileToSave(messages.get("coordinator.bundle.exportChoose"), suggested).ifPresent(target ->
                start(messages.get("coordinator.bundle.exporting"), progressReport -> {
                    requireAbsent(target);
                    CountsBundles.ExportedBundle bundle = counts().exportBundle(range, rule.get());
                    OwnerOnlyFiles.writeNew(target, bundle.bytes());
                    return bundle;
                }, bundle -> status.set(messages.format("coordinator.bundle.exported", target.toString(),
                        bundle.coordinatorFingerprint()))));
    }

    /** On the coordinator's casebook: imports one bundle file and shows the coverage again. */
    public void importBundle() {
        files.chooseFileToOpen(messages.get("coordinator.bundle.importChoose")).ifPresent(source -> start(
                messages.get("coordinator.bundle.importing"), progressReport -> {
                    byte[] bytes = readSmall(source, CountsBundles.MAX_BUNDLE_BYTES);
                    return counts().importBundles(List.of(new CountsBundles.BundleFile(
                            source.getFileName().toString(), bytes)));
                }, outcomes -> {
                    status.set(outcomes.stream().flatMap(o -> java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(o.outcome()), o.notes().stream()))
                            .map(note -> messages.format(note.key(), note.arguments().toArray()))
                            .collect(Collectors.joining(" ")));
                    refreshCoverage();
                }));
    }

    /** On the coordinator's casebook: writes the public key file that laptops import once. */
    public void exportKey() {
        files.chooseFileToSave(messages.get("coordinator.key.exportChoose"), "cairn-coordinator.key")
                .ifPresent(target -> start(messages.get("coordinator.key.working"), progressReport -> {
                    requireAbsent(target);
                    CoordinatorKey key = counts().exportKey();
                    OwnerOnlyFiles.writeNew(target, key.toFileText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    return key;
                }, key -> status.set(messages.format("coordinator.key.exported", target.toString(),
                        key.fingerprint()))));
    }

    /** On a laptop: keeps the coordinator's public key, showing its fingerprint to check by phone. */
    public void importKey() {
        files.chooseFileToOpen(messages.get("coordinator.key.importChoose")).ifPresent(source -> start(
                messages.get("coordinator.key.working"), progressReport -> {
                    CoordinatorKey key = CoordinatorKey.parse(new String(readSmall(source, 4096),
                            java.nio.charset.StandardCharsets.UTF_8));
                    counts().importKey(key);
                    return key;
                }, key -> status.set(messages.format("coordinator.key.imported", key.fingerprint()))));
    }

    public void back() {
        navigator.cases(session);
    }

    /** Whether Back is offered: a coordinator lands here and has no list of cases to go back to. */
    public boolean offersBack() {
        return session.casework().allows(org.cairn.casework.Action.FIND_CASES);
    }

    /** Anyone given a key since this person last unlocked, named once per session (a coordinator lands here). */
    public void announceNewPeople() {
        new org.cairn.ui.common.NewPeopleNotice(messages, tasks, clock).announce(session, newPeople::set,
                failure -> status.set(errors.describe(failure)));
    }

    public StringProperty newPeopleProperty() {
        return newPeople;
    }

    private <T> void start(String working, TaskRunner.Work<T> work, java.util.function.Consumer<T> onDone) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        status.set(working);
        TaskRunner.Handle handle = tasks.run(work, result -> {
            busy.set(false);
            progress.set(0);
            onDone.accept(result);
        }, failure -> {
            busy.set(false);
            progress.set(0);
            // The counts' refusals arrive as codes and are worded in the chosen language.
            status.set(errors.describe(failure));
        });
        handle.onProgress(progress::set);
    }

    private QuarterRange range() {
        if (from.get() == null || to.get() == null || from.get().compareTo(to.get()) > 0) {
            status.set(messages.get("coordinator.badRange"));
            return null;
        }
        return new QuarterRange(from.get(), to.get());
    }

    private PublicationRequest request() {
        QuarterRange range = range();
        if (range == null) {
            return null;
        }
        if (tables.stream().noneMatch(t -> t.selected().get())) {
            status.set(messages.get("coordinator.noTables"));
            return null;
        }
        // Only the chosen tables leave and are audited; suppression still covers all tables of each quarter.
        return new PublicationRequest(range, DisclosureSettings.defaults(), rule.get(), null,
                tables.stream().filter(t -> t.selected().get()).map(t -> t.spec().id()).toList());
    }

    private Publication preview(PublicationRequest request) {
        return merged.get() ? counts().previewMerged(request) : counts().preview(request);
    }

    private Publication publish(PublicationRequest request) {
        return merged.get() ? counts().publishMerged(request) : counts().publish(request);
    }

    private Counts counts() {
        return session.casework().counts();
    }

    private List<PreviewTable> previewOf(Publication publication) {
        List<PreviewTable> out = new ArrayList<>();
        for (PublishedTable table : publication.tables()) {
            Layout layout = table.layout();
            List<PreviewTable.Cell> cells = new ArrayList<>();
            for (int p = 0; p < layout.size(); p++) {
                cells.add(new PreviewTable.Cell(table.spec().rows() == null ? "" : layout.rowCodes().get(p),
                        table.spec().columns() == null ? "" : layout.columnCodes().get(p),
                        table.cell(p).display(table.settings()), table.cell(p).isSuppressed()));
            }
            out.add(new PreviewTable(messages.get(tableKey(table.spec().id())), messages.format(
                    "coordinator.revision", table.quarter().toString(), table.revision()), cells));
        }
        return out;
    }

    private void refreshCoverage() {
        tasks.run(progressReport -> counts().importedBundles(), held -> coverage.setAll(held.stream()
                .map(b -> messages.format("coordinator.coverage.line", b.laptop(), b.range().toString(),
                        messages.get(ruleKey(b.rule())), b.bundle(), b.casebook().isEmpty()
                                ? messages.get("coordinator.coverage.unnamed")
                                : messages.format("coordinator.coverage.casebook", b.casebook()))).toList()),
                failure -> coverage.clear());
    }

    /** The words of a catalogue table's title: {@code coordinator.table.new_cases}. */
    public static String tableKey(String tableId) {
        return "coordinator.table." + tableId;
    }

    /** The words of a counting rule: {@code coordinator.rule.all-cases}. */
    public static String ruleKey(CountingRule rule) {
        return "coordinator.rule." + rule.code();
    }

    private static void requireAbsent(Path target) {
        if (Files.exists(target)) {
            String name = target.getFileName().toString();
            throw new CountsRefusedException(CountsProblem.FILE_EXISTS, name + " already exists", name);
        }
    }

    private static byte[] readSmall(Path source, int limit) throws java.io.IOException {
        if (Files.size(source) > limit) {
            String name = source.getFileName().toString();
            throw new CountsRefusedException(CountsProblem.FILE_TOO_LARGE, name + " is too large",
                    name, Math.max(1, limit / 1024));
        }
        return Files.readAllBytes(source);
    }

    private record Exported(Publication publication, int files, Path folder) {
    }

    public ObservableList<Quarter> quarters() {
        return quarters;
    }

    public ObjectProperty<Quarter> fromProperty() {
        return from;
    }

    public ObjectProperty<Quarter> toProperty() {
        return to;
    }

    public ObjectProperty<CountingRule> ruleProperty() {
        return rule;
    }

    public BooleanProperty mergedProperty() {
        return merged;
    }

    public ObservableList<TableChoice> tables() {
        return tables;
    }

    public ObservableList<PreviewTable> previewTables() {
        return preview;
    }

    public ObservableList<String> coverage() {
        return coverage;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
