package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The coalition's evidence report: pages in plain English (what the tables are, which quarters and how many
 * organisations each includes, how the numbers are protected and what they cannot show), then one page per
 * published table as in every counts report. It is made only from published (frozen) pooled quarters and the
 * coverage; organisations appear as a number, never by their ids.
 */
public final class CoalitionReport {
    private final PdfReport pdf;

    public CoalitionReport(String cairnVersion) {
        this.pdf = new PdfReport(cairnVersion);
    }

    public byte[] render(Publication published, List<OrganisationBundles.PooledCoverage> coverage) {
        return pdf.render(published, "Pooled counts of a coalition of organisations", paragraphs(published,
                coverage));
    }

    /**
     * The same published tables as open data: one tidy CSV, a row per quarter, table and cell, with the columns of
     * every counts export (docs/DISCLOSURE.md), so the numbers a reader sees in the report are the researcher's.
     */
    public static String openData(Publication published) {
        return TidyCsv.render(published.tables());
    }

    static List<String> paragraphs(Publication published, List<OrganisationBundles.PooledCoverage> coverage) {
        PublicationRequest request = published.request();
        DisclosureSettings s = request.settings();
        List<String> out = new ArrayList<>();
        out.add("# Summary");
        out.add("These tables add up the anonymised counts of several organisations that support migrant "
                + "survivors of domestic abuse, quarter by quarter from " + request.range().from() + " to "
                + request.range().to() + ". Each organisation sent its exact counts, sealed so that only the "
                + "coalition could open them; the coalition added them up and protected the totals once. No name, "
                + "reference, date of birth or other identifier of any woman or any organisation is in this report.");
        out.add("# Coverage");
        for (OrganisationBundles.PooledCoverage quarter : coverage) {
            out.add(quarter.quarter() + ": " + quarter.organisations().size() + " organisation"
                    + (quarter.organisations().size() == 1 ? "" : "s") + ", counted under the rule '"
                    + quarter.rule().code() + "' (" + quarter.rule().description() + "), in each of its "
                    + quarter.tables().size() + " tables.");
        }
        out.add("Coverage lists the organisations whose counts the coalition holds today. A quarter is published "
                + "only once every expected organisation has sent its counts, and is then frozen: a later change "
                + "appears only in a revision, which says so.");
        out.add("# How the numbers are protected");
        out.add("Counts below " + s.threshold() + ", and zeros, are hidden and shown as " + PublishedCell.HIDDEN_MARK
                + ". Other counts have a small fixed noise added and are rounded to the nearest " + s.roundingBase()
                + ", so no number between 1 and " + (s.threshold() - 1) + " is ever shown. Further counts are hidden "
                + "so that no hidden count can be worked out from the totals, alone or across the tables of a "
                + "quarter. The mark " + PublishedCell.HIDDEN_MARK + " says nothing about the size of what it hides.");
        out.add("Because organisations may publish their own counts too, a pooled count is also hidden wherever "
                + "taking away some organisations' own published counts, or one organisation's exact count, could "
                + "leave fewer than " + s.threshold() + " women: the pooled figures never single out a small group "
                + "within one organisation or a few.");
        out.add("Method: " + StatsPublisher.METHOD + ".");
        out.add("# What these numbers cannot show");
        out.add("Services see only the women who reach them. These counts say nothing about women who never "
                + "contacted a service, and a woman helped by two organisations is counted by each. Answers such as "
                + "fear of data-sharing are recorded by advocates as the woman gave them; where nothing was recorded "
                + "the table says so. Hidden counts are not zeros: a gap in a chart or " + PublishedCell.HIDDEN_MARK
                + " in a table means the number is withheld.");
        published.notes().forEach(n -> out.add("Note: " + n + "."));
        return out;
    }
}
