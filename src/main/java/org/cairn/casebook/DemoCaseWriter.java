package org.cairn.casebook;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.cairn.vault.Tx;

/** Writes one fictional case (client, case, notes, tasks, consents) inside the caller's transaction. */
final class DemoCaseWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final int[] ABUSE_PERCENT = {50, 20, 70, 65, 40, 8, 5, 3, 15, 4};

    private final Casebook casebook;
    private final LocalDate today;
    private final DemoClientMaker clientMaker = new DemoClientMaker();
    private final DemoForms forms;

    DemoCaseWriter(Casebook casebook, LocalDate today) {
        this.casebook = casebook;
        this.today = today;
        this.forms = new DemoForms(casebook, today);
    }

    void write(Tx tx, SplittableRandom r, LocalDate openedOn) throws SQLException {
        DemoCommunity community = pick(r, DemoCommunity.ALL);
        ClientDetails clientDetails = clientMaker.client(r, community, openedOn);
        Client client = casebook.clients().create(tx, clientDetails);
        CaseDetails details = caseDetails(r, community, openedOn);
        CaseFile file = casebook.cases().open(tx, client.id(), details);
        LocalDate end = details.closedOn() == null ? today : details.closedOn();
        writeNotes(tx, r, file, clientDetails, end);
        writeTasks(tx, r, file);
        new DemoConsents(casebook.consents(), today).write(tx, r, client.id(), openedOn);
        DemoDirectory.blockSome(casebook, tx, client.id());
        // Last, so that the earlier draws, and so the rest of each case, stay as they were before forms existed.
        forms.write(tx, r, file);
    }

    private CaseDetails caseDetails(SplittableRandom r, DemoCommunity community, LocalDate openedOn) {
        Set<AbuseType> abuse = EnumSet.noneOf(AbuseType.class);
        AbuseType[] types = AbuseType.values();
        for (int i = 0; i < types.length; i++) {
            if (r.nextInt(100) < ABUSE_PERCENT[i]) {
                abuse.add(types[i]);
            }
        }
        if (abuse.isEmpty()) {
            abuse.add(AbuseType.COERCIVE_CONTROL);
        }
        int riskRoll = r.nextInt(100);
        RiskLevel risk = riskRoll < 40 ? RiskLevel.STANDARD : riskRoll < 75 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
        LocalDate assessed = r.nextInt(100) < 85 ? min(openedOn.plusDays(r.nextInt(15)), today) : null;
        ImmigrationCategory immigration = immigration(r, community);
        LocalDate closedOn = null;
        if (openedOn.isBefore(today.minusDays(180)) && r.nextInt(100) < 70) {
            LocalDate candidate = openedOn.plusDays(30 + r.nextInt(470));
            closedOn = candidate.isBefore(today) ? candidate : null;
        }
        EvidenceGaps gaps = new EvidenceGaps(answer(r, 45, 20), answer(r, 25, 15), answer(r, 4, 40),
                answer(r, 15, 20), answer(r, 20, 30), answer(r, 8, 35));
        return new CaseDetails(openedOn, closedOn, closedOn == null ? CaseStatus.OPEN : CaseStatus.CLOSED,
                pick(r, DemoTexts.ADVOCATES), abuse, risk, assessed, immigration, nrpf(r, immigration), gaps);
    }

    private static ImmigrationCategory immigration(SplittableRandom r, DemoCommunity community) {
        int roll = r.nextInt(100);
        if (roll < 10) {
            return null;
        }
        return roll < 75 ? pick(r, community.typicalImmigration()) : pick(r, List.of(ImmigrationCategory.values()));
    }

    private static YesNoUnknown nrpf(SplittableRandom r, ImmigrationCategory immigration) {
        boolean likely = immigration == ImmigrationCategory.SPOUSE_OR_PARTNER_VISA
                || immigration == ImmigrationCategory.WORK_OR_STUDY_DEPENDANT
                || immigration == ImmigrationCategory.UNDOCUMENTED || immigration == ImmigrationCategory.ASYLUM_SEEKER;
        return likely ? answer(r, 60, 25) : answer(r, 10, 20);
    }

    private void writeNotes(Tx tx, SplittableRandom r, CaseFile file, ClientDetails client, LocalDate end)
            throws SQLException {
        int count = 1 + r.nextInt(5);
        long days = Math.max(1, end.toEpochDay() - file.details().openedOn().toEpochDay());
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            offsets.add(i == 0 ? 0 : r.nextLong(days));
        }
        offsets.sort(null);
        for (long offset : offsets) {
            LocalDate day = file.details().openedOn().plusDays(offset);
            String text = pick(r, DemoTexts.NOTES)
                    .replace("{alias}", client.alias())
                    .replace("{lang}", client.languages().isEmpty() ? "English" : client.languages().get(0))
                    .replace("{org}", pick(r, DemoTexts.ORGANISATIONS))
                    .replace("{day}", DAY.format(day.plusDays(3 + r.nextInt(20))));
            var at = day.atTime(9, 0).plusMinutes(r.nextInt(510)).toInstant(ZoneOffset.UTC);
            Note note = casebook.notes().add(tx, file.id(), at, file.details().advocate(), text);
            if (r.nextInt(100) < 10) {
                casebook.notes().edit(tx, note.id(), text + " Corrected after checking with her: dates as above.");
            }
        }
    }

    private void writeTasks(Tx tx, SplittableRandom r, CaseFile file) throws SQLException {
        int count = r.nextInt(4);
        for (int i = 0; i < count; i++) {
            LocalDate due = file.details().openedOn().plusDays(7 + r.nextInt(114));
            Task task = casebook.tasks().add(tx, file.id(), pick(r, DemoTexts.TASKS), due);
            if (due.isBefore(today) && r.nextInt(100) < 80) {
                casebook.tasks().complete(tx, task.id(), due.atTime(16, 0).toInstant(ZoneOffset.UTC));
            }
        }
    }

    /** YES with {@code yes}%, UNKNOWN with {@code unknown}%, otherwise NO. */
    static YesNoUnknown answer(SplittableRandom r, int yes, int unknown) {
        int roll = r.nextInt(100);
        return roll < yes ? YesNoUnknown.YES : roll < yes + unknown ? YesNoUnknown.UNKNOWN : YesNoUnknown.NO;
    }

    static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
