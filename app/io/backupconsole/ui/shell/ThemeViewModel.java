package io.backupconsole.ui.shell;

import io.backupconsole.settings.SettingsKeeper;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The theme choice and whether the window is dark as a result. The operating system's preference comes in through
 * {@link #systemDarkProperty()} (bound by {@link ThemeApplier}), so this class is testable without a platform.
 * FX thread only; the choice is remembered through the {@link SettingsKeeper} (saved in the background).
 */
public final class ThemeViewModel {
    private final SettingsKeeper settings;
    private final ReadOnlyObjectWrapper<Theme> choice;
    private final BooleanProperty systemDark = new SimpleBooleanProperty(false);
    private final BooleanBinding dark;

    public ThemeViewModel(SettingsKeeper settings) {
        this.settings = settings;
        this.choice = new ReadOnlyObjectWrapper<>(
                Theme.fromSettings(settings.current().theme()));
        this.dark = Bindings.createBooleanBinding(
                () -> choice.get() == Theme.DARK || choice.get() == Theme.SYSTEM && systemDark.get(),
                choice,
                systemDark);
    }

    // Properties

    public ReadOnlyObjectProperty<Theme> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Input: true while the operating system prefers a dark look. */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
    }

    /** True when the dark stylesheet should be in use. */
    public ObservableBooleanValue darkProperty() {
        return dark;
    }

    // Commands

    public void choose(Theme theme) {
        if (theme == choice.get()) {
            return;
        }
        choice.set(theme);
        settings.update(s -> s.withTheme(theme.settingsId()));
    }
}
