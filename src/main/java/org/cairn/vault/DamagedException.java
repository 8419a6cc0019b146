package org.cairn.vault;

/** A file failed authentication or is malformed somewhere other than an unacknowledged final log record. */
public final class DamagedException extends VaultException {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final long position;

    public DamagedException(String fileName, long position, String what) {
        super(VaultProblem.DAMAGED, fileName + " is damaged at byte " + position + " (" + what + "). "
                + "Nothing was changed. Restore the casebook from a backup, or keep a copy of the folder and ask for help.",
                null, fileName, position);
        this.fileName = fileName;
        this.position = position;
    }

    public String fileName() {
        return fileName;
    }

    public long position() {
        return position;
    }
}
