package org.cairn.ui.orgprofile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgProfileViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.Files files = new Fakes.Files();
    private Session session;
    private OrgProfileViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model = new OrgProfileViewModel(session, Fakes.messages(), new RecordingNavigator(), new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), files);
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theCasebooksLanguageForPrintedOutputsIsSavedWithTheProfileAndReadBack() {
        assertThat(model.printLanguageProperty().get()).as("English until chosen").isEqualTo("en");
        assertThat(model.printLanguages()).extracting(l -> l.tag()).contains("en");
        model.nameProperty().set("Safe Harbour");
        model.printLanguageProperty().set("pl");
        model.save();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(session.casework().organisation().printLanguage()).contains("pl");
        assertThat(session.casebook().settings().find("print.language")).as("a casebook setting, no schema step")
                .contains("pl");

        OrgProfileViewModel again = new OrgProfileViewModel(session, Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), files);
        again.load();
        assertThat(again.printLanguageProperty().get()).isEqualTo("pl");
        again.printLanguageProperty().set("en");
        again.save();
        assertThat(session.casework().organisation().printLanguage()).as("English is the absence of a choice")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.casework().organisation()
                .setPrintLanguage("../../messages")).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.casework().organisation().printLanguage()).isEmpty();
    }

    @Test
    void savesTheProfileWithALogoAndAuditsIt() throws Exception {
        Path logo = temp.resolve("logo.png");
        ImageIO.write(new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        files.answers.add(logo);
        model.nameProperty().set("Safe Harbour");
        model.addressProperty().set("1 Quay Street\nLeeds");
        model.accreditationProperty().set(Accreditation.OISC_LEVEL_1);
        model.oiscNumberProperty().set("F202600001");
        model.paperProperty().set(LetterPaper.US_LETTER);
        model.chooseLogo();
        model.save();

        assertThat(model.errorProperty().get()).isEmpty();
        OrgProfile saved = session.casebook().orgProfile().find().orElseThrow();
        assertThat(saved.name()).isEqualTo("Safe Harbour");
        assertThat(saved.accreditation()).isEqualTo(Accreditation.OISC_LEVEL_1);
        assertThat(saved.paper()).isEqualTo(LetterPaper.US_LETTER);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(saved.logo())).getWidth()).isEqualTo(640);
        assertThat(session.casebook().audit().forSubject("org-profile")).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ORG_PROFILE_UPDATED);
    }

    @Test
    void aCorruptLogoIsRejectedClearlyAndTheEarlierLogoStays() throws Exception {
        Path good = temp.resolve("good.png");
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", good.toFile());
        Path corrupt = temp.resolve("corrupt.png");
        Files.write(corrupt, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        files.answers.add(good);
        model.chooseLogo();
        byte[] before = model.logoProperty().get();
        files.answers.add(corrupt);

        model.chooseLogo();

        assertThat(model.errorProperty().get()).contains("not a PNG or JPEG picture, or it is damaged");
        assertThat(model.logoProperty().get()).isSameAs(before);
    }

    @Test
    void aNameIsRequiredAndAnOiscLevelNeedsItsNumber() {
        model.nameProperty().set(" ");
        model.save();
        assertThat(model.errorProperty().get()).isNotBlank();

        model.nameProperty().set("Safe Harbour");
        model.accreditationProperty().set(Accreditation.OISC_LEVEL_2);
        model.save();
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(session.casebook().orgProfile().find()).isEmpty();
    }
}
