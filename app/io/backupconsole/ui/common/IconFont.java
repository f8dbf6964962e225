package io.backupconsole.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The icon font (Ikonli's Feather pack), loaded ahead on a thread of its own. The first {@link FontIcon} looks up
 * the icon handlers with a ServiceLoader over the whole class path and loads the font file: 100-250 ms measured on
 * these machines, which the shell's FXML would otherwise spend on the FX thread before the first frame. Creating a
 * node that is in no scene is allowed on any thread, and it needs no running toolkit.
 */
public final class IconFont {
    private IconFont() {}

    /** Starts the load and returns at once; an icon the FX thread asks for meanwhile waits for the same load. */
    public static void preloadInBackground() {
        Thread preload = new Thread(() -> new FontIcon("fth-shield"), "icon-font-preload");
        preload.setDaemon(true);
        preload.start();
    }
}
