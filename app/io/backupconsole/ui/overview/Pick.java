package io.backupconsole.ui.overview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One choice of a check list (a profile, a region) and whether it is ticked. FX thread only. */
public final class Pick<T> {
    private final T value;
    private final String label;
    private final BooleanProperty picked = new SimpleBooleanProperty();

    public Pick(T value, String label, boolean picked) {
        this.value = value;
        this.label = label;
        this.picked.set(picked);
    }

    public T value() {
        return value;
    }

    public BooleanProperty pickedProperty() {
        return picked;
    }

    public boolean picked() {
        return picked.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
