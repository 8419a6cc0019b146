package org.cairn.ui.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.casebook.AbuseType;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.EvidenceGaps;
import org.cairn.casebook.ImmigrationCategory;
import org.cairn.casebook.ImmigrationDetails;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.ui.common.Messages;

/**
 * The editable copy of a case's details. Status and closing date are not edited here: closing and reopening are
 * their own audited actions. Lives in memory only (ADR 0012).
 */
public final class CaseDetailsForm {
    /** The evidence-gap questions, in the order they are asked. */
    public enum Gap {
        FEARED_REPORTING, REPORTED_TO_POLICE, POLICE_SHARED, THIRD_PARTY_REPORTING, GP_REFUSED, NHS_CHARGED
    }

    private final Messages messages;
    private final Clock clock;
    private final DraftTracker draft = new DraftTracker();
    private final StringProperty advocate = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    private final Map<AbuseType, BooleanProperty> abuse = new EnumMap<>(AbuseType.class);
    private final ObjectProperty<RiskLevel> risk = new SimpleObjectProperty<>(RiskLevel.STANDARD);
    private final ObjectProperty<LocalDate> riskAssessedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ImmigrationCategory> immigration = new SimpleObjectProperty<>();
    private final ObjectProperty<YesNoUnknown> nrpf = new SimpleObjectProperty<>(YesNoUnknown.UNKNOWN);
    private final Map<Gap, ObjectProperty<YesNoUnknown>> gaps = new EnumMap<>(Gap.class);
    private final ObjectProperty<LocalDate> visaExpiry = new SimpleObjectProperty<>();
    private final StringProperty homeOfficeReference = new SimpleStringProperty("");
    private CaseDetails original;
    private ImmigrationDetails originalImmigration;

    public CaseDetailsForm(Messages messages, Clock clock) {
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        for (AbuseType type : AbuseType.values()) {
            abuse.put(type, new SimpleBooleanProperty());
        }
        for (Gap gap : Gap.values()) {
            gaps.put(gap, new SimpleObjectProperty<>(YesNoUnknown.UNKNOWN));
        }
        draft.watch(advocate, openedOn, risk, riskAssessedOn, immigration, nrpf, visaExpiry, homeOfficeReference);
        abuse.values().forEach(draft::watch);
        gaps.values().forEach(draft::watch);
    }

    /** Shows stored details; an unsaved draft is kept rather than overwritten. */
    public void show(CaseDetails details, ImmigrationDetails immigrationDetails) {
        if (draft.changedProperty().get()) {
            return;
        }
        original = details;
        originalImmigration = immigrationDetails;
        draft.fill(() -> {
            visaExpiry.set(immigrationDetails.visaExpiry());
            homeOfficeReference.set(FieldParsing.orEmpty(immigrationDetails.homeOfficeReference()));
            advocate.set(details.advocate());
            openedOn.set(details.openedOn());
            abuse.forEach((type, chosen) -> chosen.set(details.abuseTypes().contains(type)));
            risk.set(details.risk());
            riskAssessedOn.set(details.riskAssessedOn());
            immigration.set(details.immigration());
            nrpf.set(details.nrpf());
            EvidenceGaps stored = details.evidenceGaps();
            gaps.get(Gap.FEARED_REPORTING).set(stored.fearedReportingBecauseOfDataSharing());
            gaps.get(Gap.REPORTED_TO_POLICE).set(stored.reportedToPolice());
            gaps.get(Gap.POLICE_SHARED).set(stored.policeSharedWithImmigration());
            gaps.get(Gap.THIRD_PARTY_REPORTING).set(stored.thirdPartyReportingUsed());
            gaps.get(Gap.GP_REFUSED).set(stored.gpRegistrationRefused());
            gaps.get(Gap.NHS_CHARGED).set(stored.nhsChargedForExemptTreatment());
        });
    }

    public void discard() {
        draft.changedProperty().set(false);
        if (original != null) {
            show(original, originalImmigration);
        }
    }

    public String advocateProblem() {
        return advocate.get() == null || advocate.get().isBlank() ? messages.get("case.advocate.required") : "";
    }

    public String openedOnProblem() {
        LocalDate opened = openedOn.get();
        if (opened == null) {
            return messages.get("case.openedOn.required");
        }
        if (opened.isAfter(LocalDate.now(clock))) {
            return messages.get("case.openedOn.future");
        }
        if (original != null && original.closedOn() != null && original.closedOn().isBefore(opened)) {
            return messages.get("case.openedOn.afterClosing");
        }
        return "";
    }

    public String riskAssessedOnProblem() {
        LocalDate assessed = riskAssessedOn.get();
        return assessed != null && assessed.isAfter(LocalDate.now(clock)) ? messages.get("case.riskAssessedOn.future")
                : "";
    }

    public List<String> problems() {
        return Stream.of(advocateProblem(), openedOnProblem(), riskAssessedOnProblem())
                .filter(problem -> !problem.isEmpty()).toList();
    }

    /** The details as typed, keeping the stored status and closing date; call only when there are no problems. */
    public CaseDetails toDetails() {
        Set<AbuseType> types = EnumSet.noneOf(AbuseType.class);
        abuse.forEach((type, chosen) -> {
            if (chosen.get()) {
                types.add(type);
            }
        });
        EvidenceGaps evidence = new EvidenceGaps(gap(Gap.FEARED_REPORTING), gap(Gap.REPORTED_TO_POLICE),
                gap(Gap.POLICE_SHARED), gap(Gap.THIRD_PARTY_REPORTING), gap(Gap.GP_REFUSED), gap(Gap.NHS_CHARGED));
        return new CaseDetails(openedOn.get(), original.closedOn(), original.status(), advocate.get().strip(), types,
                risk.get(), riskAssessedOn.get(), immigration.get(), nrpf.get(), evidence);
    }

    public ImmigrationDetails toImmigration() {
        return new ImmigrationDetails(visaExpiry.get(), homeOfficeReference.get());
    }

    public ObjectProperty<LocalDate> visaExpiryProperty() {
        return visaExpiry;
    }

    public StringProperty homeOfficeReferenceProperty() {
        return homeOfficeReference;
    }

    private YesNoUnknown gap(Gap gap) {
        return gaps.get(gap).get();
    }

    public BooleanProperty changedProperty() {
        return draft.changedProperty();
    }

    public StringProperty advocateProperty() {
        return advocate;
    }

    public ObjectProperty<LocalDate> openedOnProperty() {
        return openedOn;
    }

    public BooleanProperty abuseProperty(AbuseType type) {
        return abuse.get(type);
    }

    public ObjectProperty<RiskLevel> riskProperty() {
        return risk;
    }

    public ObjectProperty<LocalDate> riskAssessedOnProperty() {
        return riskAssessedOn;
    }

    public ObjectProperty<ImmigrationCategory> immigrationProperty() {
        return immigration;
    }

    public ObjectProperty<YesNoUnknown> nrpfProperty() {
        return nrpf;
    }

    public ObjectProperty<YesNoUnknown> gapProperty(Gap gap) {
        return gaps.get(gap);
    }
}
