package org.cairn.casebook;

/** What the advocate decided when a checklist proposed a MARAC referral. Stored by name. */
public enum MaracChoice {
    REFER, DECLINED
}
