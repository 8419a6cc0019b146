package org.cairn.ui.common;

/** A screen that may hold unsaved edits: the navigator asks it before showing another screen. */
@FunctionalInterface
public interface LeaveGuard {
    LeaveGuard NONE = () -> true;

    /** True when the screen may be left, after asking the advocate if needed. */
    boolean mayLeave();
}
