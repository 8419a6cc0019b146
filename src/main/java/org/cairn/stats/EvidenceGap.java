package org.cairn.stats;

import java.util.Locale;

/** The facts nobody else collects (the evidence gaps of docs/DISCLOSURE.md), each a yes/no/unknown column of {@code case_file}. */
public enum EvidenceGap {
    FEARED_REPORTING("feared_reporting", "Feared reporting because of immigration data-sharing"),
    REPORTED_TO_POLICE("reported_to_police", "Reported to police"),
    POLICE_SHARED("police_shared", "Police known to have shared details with immigration enforcement"),
    THIRD_PARTY_REPORTING("third_party_reporting", "Third-party reporting route used"),
    GP_REFUSED("gp_refused", "GP registration refused"),
    NHS_CHARGED("nhs_charged", "NHS charged for exempt treatment");

    private final String column;
    private final String title;

    EvidenceGap(String column, String title) {
        this.column = column;
        this.title = title;
    }

    public String column() {
        return column;
    }

    public String title() {
        return title;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String tableId() {
        return code() + "_by_immigration_category";
    }
}
