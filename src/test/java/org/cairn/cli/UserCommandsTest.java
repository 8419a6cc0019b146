package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several people on one casebook from the command line, as an administrator and as those they add. */
class UserCommandsTest {
    private static final String ADMIN = "river stones at dawn";
    private static final String ADVOCATE = "lanterns over the harbour";
    private static final String COORDINATOR = "seven quiet orchards";

    @TempDir
    Path dir;
    private Path casebook;

    @BeforeEach
    void createWithANamedAdministrator() {
        casebook = dir.resolve("book");
        CliHarness.Result created = CliHarness.run(ADMIN + "\n", "create", "--casebook", casebook.toString(),
                "--name", "Grace Okafor");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    private CliHarness.Result as(String user, String passphrase, String... command) {
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--casebook";
        args[command.length + 1] = casebook.toString();
        args[command.length + 2] = "--user";
        args[command.length + 3] = user;
        return CliHarness.run(passphrase + "\n", args);
    }

    private void add(String name, String role, String passphrase) {
        CliHarness.Result added = CliHarness.run(ADMIN + "\n" + passphrase + "\n" + passphrase + "\n", "user", "add",
                "--casebook", casebook.toString(), "--user", "Grace Okafor", "--name", name, "--role", role);
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    @Test
    void anAdministratorAddsPeopleWhoThenUnlockWithTheirOwnPassphrase() {
        add("Amina Yusuf", "advocate", ADVOCATE);
        CliHarness.Result list = as("Grace Okafor", ADMIN, "user", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines()).hasSize(2).anyMatch(l -> l.matches("Grace Okafor\tadministrator\t\\d{4}-\\d\\d-\\d\\d"))
                .anyMatch(l -> l.matches("Amina Yusuf\tadvocate\t\\d{4}-\\d\\d-\\d\\d"));
        assertThat(as("Amina Yusuf", ADVOCATE, "search").exitCode()).isZero();
    }

    @Test
    void anUnknownNameAndAWrongPassphraseAreTheSameAnswer() {
        add("Amina Yusuf", "advocate", ADVOCATE);
        CliHarness.Result unknown = as("Nobody Here", ADVOCATE, "search");
        CliHarness.Result wrong = as("Amina Yusuf", "not her passphrase", "search");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNLOCK_FAILED).isEqualTo(wrong.exitCode());
        assertThat(unknown.err()).isEqualTo(wrong.err());
    }

    @Test
    void rolesDecideWhatEachPersonMayDo() {
        add("Amina Yusuf", "advocate", ADVOCATE);
        add("Priya Shah", "coordinator", COORDINATOR);
        CliHarness.Result advocateAdds = CliHarness.run(ADVOCATE + "\nx y z w\nx y z w\n", "user", "add",
                "--casebook", casebook.toString(), "--user", "Amina Yusuf", "--name", "Eve", "--role", "administrator");
        assertThat(advocateAdds.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(advocateAdds.err()).contains("role").doesNotContain("Exception");
        CliHarness.Result coordinatorSearches = as("Priya Shah", COORDINATOR, "search");
        assertThat(coordinatorSearches.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(coordinatorSearches.out()).isEmpty();
    }

    @Test
    void removingSomeoneStopsTheirPassphraseAndTheLastAdministratorStays() {
        add("Amina Yusuf", "advocate", ADVOCATE);
        CliHarness.Result removed = as("Grace Okafor", ADMIN, "user", "remove", "--name", "Amina Yusuf");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(as("Amina Yusuf", ADVOCATE, "search").exitCode()).isEqualTo(ExitCodes.UNLOCK_FAILED);
        assertThat(as("Grace Okafor", ADMIN, "check").exitCode()).isZero();

        CliHarness.Result self = as("Grace Okafor", ADMIN, "user", "remove", "--name", "grace okafor");
        assertThat(self.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(as("Grace Okafor", ADMIN, "user", "list").out().lines()).hasSize(1);
    }

    @Test
    void someoneGivenAKeyIsNamedToEveryoneElseAtTheirNextUnlockOnce() {
        add("Amina Yusuf", "advocate", ADVOCATE);
        add("Priya Shah", "coordinator", COORDINATOR);
        CliHarness.Result first = as("Amina Yusuf", ADVOCATE, "search");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("Priya Shah was given a key").contains("by Grace Okafor")
                .doesNotContain("Amina Yusuf was given");
        assertThat(as("Amina Yusuf", ADVOCATE, "search").err()).doesNotContain("was given a key");
        // The administrator who added them is not told about their own additions.
        assertThat(as("Grace Okafor", ADMIN, "check").err()).doesNotContain("was given a key");
    }

    @Test
    void theUserMayBeLeftOutWhileTheCasebookHasOnePerson() {
        CliHarness.Result search = CliHarness.run(ADMIN + "\n", "search", "--casebook", casebook.toString());
        assertThat(search.exitCode()).as(search.err()).isZero();
    }
}
