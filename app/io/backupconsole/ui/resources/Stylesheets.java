package io.backupconsole.ui.resources;

import javafx.scene.Parent;

/** The stylesheet every service view shares (badges, details pane, notices). */
public final class Stylesheets {
    private Stylesheets() {}

    public static void addShared(Parent root) {
        root.getStylesheets().add(Stylesheets.class.getResource("resources.css").toExternalForm());
    }
}
