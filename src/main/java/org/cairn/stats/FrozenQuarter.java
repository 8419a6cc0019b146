package org.cairn.stats;

import java.util.Map;

/**
 * What was published for one quarter, as stored: its current revision and the cells of each table by table id.
 * All tables of a quarter are frozen together, with one set of rules.
 */
record FrozenQuarter(Quarter quarter, int revision, DisclosureSettings settings, CountingRule rule, String method,
        Map<String, java.util.List<PublishedCell>> tables) {
    /** The method is not compared: a newer Cairn still re-serves what an older one published. */
    boolean sameRules(DisclosureSettings otherSettings, CountingRule otherRule) {
        return settings.equals(otherSettings) && rule == otherRule;
    }
}
