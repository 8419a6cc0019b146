package org.cairn.ui.common;

/** Modal messages, kept behind an interface so that ViewModels can be tested without a toolkit. */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);
}
