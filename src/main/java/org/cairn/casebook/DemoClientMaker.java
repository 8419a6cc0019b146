package org.cairn.casebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Invents a fictional client from a community's names and languages. */
final class DemoClientMaker {
    ClientDetails client(SplittableRandom r, DemoCommunity community, LocalDate openedOn) {
        String given = DemoCaseWriter.pick(r, community.givenNames());
        String family = DemoCaseWriter.pick(r, community.familyNames());
        String initial = family.substring(0, family.offsetByCodePoints(0, 1));
        String alias = r.nextInt(5) == 0 ? given : given + " " + initial + ".";
        String legalNames = r.nextInt(10) < 7 ? given + " " + family : null;
        LocalDate dateOfBirth = r.nextInt(10) < 6
                ? openedOn.minusYears(18 + r.nextInt(45)).minusDays(r.nextInt(365)) : null;
        List<String> languages = new ArrayList<>(community.languages().subList(0, 1 + r.nextInt(
                community.languages().size())));
        if (r.nextInt(10) < 4) {
            languages.add("English");
        }
        boolean interpreter = r.nextInt(10) < 6;
        ContactSafety safety = new ContactSafety(DemoCaseWriter.answer(r, 55, 15), DemoCaseWriter.answer(r, 45, 20),
                DemoCaseWriter.answer(r, 15, 25), DemoCaseWriter.answer(r, 30, 30),
                r.nextInt(10) < 7 ? DemoCaseWriter.pick(r, DemoTexts.SAFE_TIMES) : null,
                r.nextInt(10) < 6 ? DemoCaseWriter.pick(r, DemoTexts.CODE_WORDS) : null,
                r.nextInt(10) < 3 ? DemoCaseWriter.pick(r, DemoTexts.SAFE_CONTACTS) : null);
        return new ClientDetails(alias, legalNames, dateOfBirth, languages, interpreter, safety, children(r));
    }

    private static Children children(SplittableRandom r) {
        if (r.nextInt(10) < 3) {
            return null;
        }
        int count = r.nextInt(5);
        List<Integer> ages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (r.nextInt(10) < 9) {
                ages.add(r.nextInt(18));
            }
        }
        return new Children(count, ages);
    }
}
