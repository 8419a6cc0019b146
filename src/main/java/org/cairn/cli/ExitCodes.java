package org.cairn.cli;

/** The documented exit codes of every command (README, "Command line"). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNLOCK_FAILED = 3;
    public static final int DAMAGED = 4;
    public static final int ALREADY_OPEN = 5;
    public static final int REFUSED_BY_DISCLOSURE_CHECK = 6;
    /** Permission denied, or a read-only drive. */
    public static final int NOT_PERMITTED = 7;
    public static final int DISK_FULL = 8;

    private ExitCodes() {
    }
}
