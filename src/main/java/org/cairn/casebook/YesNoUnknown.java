package org.cairn.casebook;

/** An answer that may not be known yet; UNKNOWN is never the same as NO. */
public enum YesNoUnknown {
    YES, NO, UNKNOWN
}
