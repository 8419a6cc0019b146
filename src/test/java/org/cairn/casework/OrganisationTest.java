package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTest {
    @TempDir
    Path dir;
    Acting admin;

    @BeforeEach
    void open() {
        admin = Acting.as(dir.resolve("book"), "Asha Admin", Role.ADMINISTRATOR);
    }

    @AfterEach
    void close() {
        admin.close();
    }

    private static OrgProfile profile(Accreditation accreditation, String oiscNumber) {
        return new OrgProfile("Rivermouth Women's Project", null, null, null, null, oiscNumber, accreditation,
                null, null, null, LetterPaper.A4);
    }

    /** Letters under an OISC level print the registration number, so every such level needs one. */
    @ParameterizedTest
    @EnumSource(Accreditation.class)
    void anOiscLevelWithoutItsNumberIsRefusedAndNothingIsSaved(Accreditation accreditation) {
        boolean regulated = accreditation.name().startsWith("OISC_");
        int writes = admin.transactions().writes();
        Throwable thrown = catchThrowable(() -> admin.casework().organisation().save(profile(accreditation, null)));
        if (regulated) {
            assertThat(thrown).isInstanceOf(CaseworkException.class);
            assertThat(((CaseworkException) thrown).problem()).isEqualTo(Problem.OISC_NUMBER_REQUIRED);
            assertThat(admin.transactions().writes()).isEqualTo(writes);
            assertThat(admin.casebook().orgProfile().find()).isEmpty();
        } else {
            assertThat(thrown).isNull();
            assertThat(admin.casework().organisation().profile().accreditation()).isEqualTo(accreditation);
        }
    }

    /** Empty, spaces, a tab or a wide space alone are no number at all. */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t", "\u2003"})
    void aBlankNumberIsNoNumber(String blank) {
        Throwable thrown = catchThrowable(() -> admin.casework().organisation()
                .save(profile(Accreditation.OISC_LEVEL_2, blank)));
        assertThat(thrown).isInstanceOf(CaseworkException.class);
        assertThat(admin.casebook().orgProfile().find()).isEmpty();
    }

    @Test
    void aSavedProfileIsOneTransactionAuditedAsThePersonActing() {
        assertThat(admin.casework().organisation().profile()).isEqualTo(OrgProfile.unnamed());
        long before = admin.lastRow();
        int writes = admin.transactions().writes();
        admin.casework().organisation().save(profile(Accreditation.OISC_LEVEL_1, "F201900123"));
        assertThat(admin.transactions().writes() - writes).isEqualTo(1);
        assertThat(admin.rowsSince(before)).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("Asha Admin");
            assertThat(row.action()).isEqualTo(AuditAction.ORG_PROFILE_UPDATED);
        });
        assertThat(admin.casework().organisation().profile().oiscNumber()).isEqualTo("F201900123");
    }

    @Test
    void onlyAnAdministratorSavesTheProfile() {
        for (Role role : new Role[] {Role.ADVOCATE, Role.COORDINATOR}) {
            Casework other = new Casework(admin.casebook(), new Person("Asha Admin", role));
            Throwable thrown = catchThrowable(() -> other.organisation().save(profile(Accreditation.NONE, null)));
            assertThat(((CaseworkException) thrown).problem()).isEqualTo(Problem.NOT_PERMITTED);
        }
        assertThat(admin.casebook().orgProfile().find()).isEmpty();
    }
}
