package io.backupconsole.testsupport;

import io.backupconsole.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** Dialogs answered by the test: every confirmation gets {@code answer}; what was asked is recorded. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> asked = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(message);
        return answer;
    }

    @Override
    public void inform(String title, String message) {
        asked.add(message);
    }
}
