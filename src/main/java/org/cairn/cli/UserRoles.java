package org.cairn.cli;

import java.util.Locale;
import org.cairn.casework.Role;

/** The roles as typed on the command line. */
final class UserRoles {
    private UserRoles() {
    }

    static Role parse(String typed) {
        String wanted = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        for (Role role : Role.values()) {
            if (role.name().equals(wanted)) {
                return role;
            }
        }
        throw new CliFailure(ExitCodes.USAGE, "--role must be administrator, advocate or coordinator");
    }
}
