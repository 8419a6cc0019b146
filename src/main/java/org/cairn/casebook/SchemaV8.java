package org.cairn.casebook;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.vault.Tx;

/**
 * Stores the titles of the tasks Cairn makes as a code and its arguments ({@link TaskTitle}), so each reader sees
 * them in their own language; a title an advocate typed stays as typed. Earlier versions wrote those titles as
 * English sentences: rows still holding exactly one of them are turned into their code here. The English below is
 * that old data, matched once, and never shown. ADR 0050.
 * Released with its fixture (fixtures/v8): never edit this class once released, add the next {@link Migration}.
 */
final class SchemaV8 implements Migration {
    /** The fixed sentences earlier versions stored, with the code each one now is. */
    private static final Map<String, TaskTitle> FIXED = Map.of(
            "Retention period ended: decide whether to keep, erase or anonymise", TaskTitle.RETENTION_REVIEW,
            "Review the legal hold on this case", TaskTitle.RETENTION_HOLD,
            "Retention review again: the case was kept until today", TaskTitle.RETENTION_KEPT,
            "Subject access request: her copy is due", TaskTitle.SUBJECT_ACCESS_DUE);
    private static final String NOT_RESTRICTED = "case_id NOT IN (SELECT case_id FROM case_restriction)";

    @Override
    public int version() {
        return 8;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        tx.execute("ALTER TABLE task ADD COLUMN title_code TEXT");
        // Arguments can be a recipient's name: sealed with a restricted case like the title, and guarded the same.
        tx.execute("ALTER TABLE task ADD COLUMN title_args TEXT");
        tx.execute("CREATE TRIGGER restricted_task_update_title_args BEFORE UPDATE OF title_args ON task WHEN "
                + "EXISTS (SELECT 1 FROM case_restriction WHERE case_id = old.case_id) "
                + "BEGIN SELECT RAISE(ABORT, 'cairn: the case is restricted'); END");
        // Same content in other words: the rows keep their versions, so a shared case does not look edited.
        Optional<String> versionTrigger = tx.queryOne("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                + "name = 'task_vv_change'", row -> row.getString(1));
        if (versionTrigger.isPresent()) {
            tx.execute("DROP TRIGGER task_vv_change");
        }
        for (Map.Entry<String, TaskTitle> fixed : FIXED.entrySet()) {
            tx.execute("UPDATE task SET title = '', title_code = ? WHERE title = ? AND title_code IS NULL AND "
                    + NOT_RESTRICTED, fixed.getValue().name(), fixed.getKey());
        }
        coded(tx, TaskTitle.REFERRAL_FOLLOW_UP, "SELECT t.id, r.recipient_name FROM task t JOIN referral r ON "
                + "r.task_id = t.id WHERE t.title = 'Follow up referral to ' || r.recipient_name");
        coded(tx, TaskTitle.FORM_REVIEW, "SELECT t.id, f.title FROM task t JOIN case_form f ON "
                + "f.review_task_id = t.id WHERE t.title = 'Review: ' || f.title");
        if (versionTrigger.isPresent()) {
            tx.execute(versionTrigger.get());
        }
    }

    /** Codes the rows {@code select} finds (task id, then the one argument), each with its argument. */
    private static void coded(Tx tx, TaskTitle code, String select) throws SQLException {
        List<Object[]> rows = tx.query(select + " AND t.title_code IS NULL AND t." + NOT_RESTRICTED
                + " ORDER BY t.id", row -> new Object[] {row.getLong(1), row.getString(2)});
        for (Object[] row : rows) {
            tx.execute("UPDATE task SET title = '', title_code = ?, title_args = ? WHERE id = ?", code.name(),
                    TaskTitleArgs.encode(List.of((String) row[1])), row[0]);
        }
    }
}
