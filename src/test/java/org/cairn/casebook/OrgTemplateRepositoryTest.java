package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgTemplateRepositoryTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Casebook casebook;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, clock);
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void storedTextComesBackExactlyAndEachImportIsAudited() {
        String text = "\uFEFFcairn-template: 1\r\nid: local\r\n(rest not read by the casebook)";
        casebook.orgTemplates().addAll(List.of(template("local", 1, text), template("local", 2, "v2")));
        assertThat(casebook.orgTemplates().find("local", 1)).get().extracting(OrgTemplate::sourceText)
                .isEqualTo(text);
        assertThat(casebook.orgTemplates().all()).extracting(OrgTemplate::version).containsExactly(1, 2);
        assertThat(casebook.orgTemplates().latestVersion("local")).isEqualTo(2);
        assertThat(casebook.orgTemplates().latestVersion("other")).isZero();
        assertThat(casebook.audit().forSubject("template:local@1")).extracting(AuditEntry::action)
                .containsExactly(AuditAction.TEMPLATE_IMPORTED);
    }

    @Test
    void aDuplicateIdAndVersionStoresNothingFromTheWholeBatch() {
        casebook.orgTemplates().addAll(List.of(template("local", 1, "one")));
        long auditBefore = casebook.audit().size();
        assertThatThrownBy(() -> casebook.orgTemplates().addAll(List.of(template("new", 1, "new"),
                template("local", 1, "changed"))))
                .isInstanceOf(TemplateAlreadyStoredException.class);
        assertThat(casebook.orgTemplates().all()).extracting(OrgTemplate::templateId).containsExactly("local");
        assertThat(casebook.orgTemplates().find("local", 1)).get().extracting(OrgTemplate::sourceText)
                .isEqualTo("one");
        assertThat(casebook.audit().size()).isEqualTo(auditBefore);
    }

    private static NewOrgTemplate template(String id, int version, String text) {
        return new NewOrgTemplate(id, version, "safety-plan", "en-GB", "Local plan " + version, text);
    }
}
