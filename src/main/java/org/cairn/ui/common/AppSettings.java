package org.cairn.ui.common;

/**
 * What the advocate can change on the Settings screen. Each value has a range; {@link #checked} turns anything
 * outside it into the default, so a hand-edited or damaged settings file can never switch auto-lock off.
 *
 * @param idleMinutes minutes without input before the casebook locks, 1 to 60
 * @param dark the dark theme instead of the light one
 * @param textScale text size as a factor of the normal size, 0.8 to 2.0 in steps of 0.1
 * @param backupReminderDays how old the last backup may get before the shell reminds, 1 to 365
 */
public record AppSettings(int idleMinutes, boolean dark, double textScale, int backupReminderDays) {
    public static final int MIN_IDLE = 1;
    public static final int MAX_IDLE = 60;
    public static final int MIN_REMINDER = 1;
    public static final int MAX_REMINDER = 365;
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;
    public static final AppSettings DEFAULTS = new AppSettings(5, false, 1.0, 7);

    public AppSettings {
        if (!idleInRange(idleMinutes) || !reminderInRange(backupReminderDays) || !scaleInRange(textScale)) {
            throw new IllegalArgumentException("a setting is out of range");
        }
        textScale = roundScale(textScale);
    }

    /** Builds settings from stored values, replacing each one that is out of range with its default. */
    public static AppSettings checked(int idleMinutes, boolean dark, double textScale, int backupReminderDays) {
        return new AppSettings(idleInRange(idleMinutes) ? idleMinutes : DEFAULTS.idleMinutes, dark,
                scaleInRange(textScale) ? textScale : DEFAULTS.textScale,
                reminderInRange(backupReminderDays) ? backupReminderDays : DEFAULTS.backupReminderDays);
    }

    public static boolean idleInRange(int minutes) {
        return minutes >= MIN_IDLE && minutes <= MAX_IDLE;
    }

    public static boolean reminderInRange(int days) {
        return days >= MIN_REMINDER && days <= MAX_REMINDER;
    }

    public static boolean scaleInRange(double scale) {
        return !Double.isNaN(scale) && roundScale(scale) >= MIN_SCALE && roundScale(scale) <= MAX_SCALE;
    }

    /** Text sizes move in tenths, so 1.1 + 0.1 is exactly 1.2 and never 1.2000000000000002. */
    public static double roundScale(double scale) {
        return Math.round(scale * 10) / 10.0;
    }

    public AppSettings withIdleMinutes(int minutes) {
        return new AppSettings(minutes, dark, textScale, backupReminderDays);
    }

    public AppSettings withDark(boolean value) {
        return new AppSettings(idleMinutes, value, textScale, backupReminderDays);
    }

    /** Clamps into the allowed range, as Ctrl+plus and Ctrl+minus stop at the ends. */
    public AppSettings withTextScale(double scale) {
        return new AppSettings(idleMinutes, dark, Math.max(MIN_SCALE, Math.min(MAX_SCALE, roundScale(scale))),
                backupReminderDays);
    }

    public AppSettings withBackupReminderDays(int days) {
        return new AppSettings(idleMinutes, dark, textScale, days);
    }
}
