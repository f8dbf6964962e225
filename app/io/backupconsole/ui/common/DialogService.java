package io.backupconsole.ui.common;

/**
 * How view models ask the user something without touching controls. The app shows JavaFX dialogs; tests answer
 * directly. Called on the FX thread; a modal dialog runs a nested event loop, so the UI stays responsive.
 */
public interface DialogService {
    /** Asks to confirm a destructive action; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Tells the user something that needs no answer. */
    void inform(String title, String message);
}
