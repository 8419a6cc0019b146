package org.cairn.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Remembers where the ViewModel asked to go. */
public final class RecordingNavigator implements Navigator {
    public final List<String> visits = new ArrayList<>();
    public Session lastSession;
    public char[] lastKey;

    @Override
    public void welcome() {
        visits.add("welcome");
    }

    @Override
    public void create(Path folder) {
        visits.add("create " + folder.getFileName());
    }

    @Override
    public void unlock(Path folder) {
        visits.add("unlock " + folder.getFileName());
    }

    @Override
    public void recoveryKey(Session session, char[] formattedKey) {
        visits.add("recoveryKey");
        lastSession = session;
        lastKey = formattedKey.clone();
    }

    @Override
    public void cases(Session session) {
        visits.add("cases");
        lastSession = session;
    }

    @Override
    public void coordinator(Session session) {
        visits.add("coordinator");
        lastSession = session;
    }

    @Override
    public void people(Session session) {
        visits.add("people");
        lastSession = session;
    }

    @Override
    public void newPassphrase(Session session) {
        visits.add("newPassphrase");
        lastSession = session;
    }

    @Override
    public void caseFile(Session session, long caseId) {
        visits.add("caseFile " + caseId);
        lastSession = session;
    }

    @Override
    public void templates(Session session) {
        visits.add("templates");
        lastSession = session;
    }

    @Override
    public void letter(Session session, long caseId) {
        visits.add("letter " + caseId);
        lastSession = session;
    }

    /** The last letter asked for with its template and recipient chosen. */
    public LetterPrefill lastPrefill;

    @Override
    public void letter(Session session, long caseId, LetterPrefill prefill) {
        visits.add("letter " + caseId + " " + prefill.templateId());
        lastSession = session;
        lastPrefill = prefill;
    }

    @Override
    public void orgProfile(Session session) {
        visits.add("orgProfile");
        lastSession = session;
    }

    @Override
    public void directory(Session session) {
        visits.add("directory");
        lastSession = session;
    }

    @Override
    public void newCase(Session session) {
        visits.add("newCase");
        lastSession = session;
    }

    @Override
    public void settings() {
        visits.add("settings");
    }

    @Override
    public void restore() {
        visits.add("restore");
    }

    @Override
    public void newCaseForClient(Session session, long clientId) {
        visits.add("newCaseForClient " + clientId);
    }

    @Override
    public void retention(Session session) {
        visits.add("retention");
        lastSession = session;
    }

    @Override
    public void processingRecords(Session session) {
        visits.add("processingRecords");
        lastSession = session;
    }
}
