package io.backupconsole.ui.shell;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * Binds the connection and region pickers to the {@link ConnectionBarViewModel}: a user's pick becomes a command,
 * and the view model's selection (set at start, or a profile's region) is shown without being sent back.
 */
final class ConnectionBarBinder {
    private ConnectionBarBinder() {}

    static void bind(
            ConnectionBarViewModel viewModel, ComboBox<ConnectionChoice> connections, ComboBox<AwsRegion> regions) {
        picker(
                connections,
                viewModel.choices(),
                viewModel.selectedChoiceProperty(),
                ConnectionChoice::label,
                viewModel::chooseConnection);
        picker(
                regions,
                viewModel.regions(),
                viewModel.selectedRegionProperty(),
                AwsRegion::label,
                viewModel::chooseRegion);
        connections.disableProperty().bind(viewModel.readyProperty().not());
        regions.disableProperty().bind(viewModel.readyProperty().not());
    }

    /** "Sign in…" shows only while the selected profile needs a sign-in. */
    static void bindSignIn(ConnectionBarViewModel viewModel, Button signIn) {
        signIn.visibleProperty().bind(viewModel.signInNeededProperty());
        signIn.managedProperty().bind(signIn.visibleProperty());
        signIn.setOnAction(event -> viewModel.signIn());
    }

    private static <T> void picker(
            ComboBox<T> box,
            ObservableList<T> items,
            ReadOnlyObjectProperty<T> selected,
            Function<T, String> label,
            Consumer<T> choose) {
        boolean[] showingModel = {false};
        Runnable showSelected = () -> {
            showingModel[0] = true;
            box.setValue(selected.get());
            showingModel[0] = false;
        };
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return items.stream()
                        .filter(item -> label.apply(item).equals(text))
                        .findFirst()
                        .orElse(null);
            }
        });
        box.setItems(items);
        showSelected.run();
        // Replacing the items can clear the control's value; show the model's selection again afterwards.
        items.addListener((ListChangeListener<T>) change -> showSelected.run());
        selected.addListener((obs, old, value) -> showSelected.run());
        box.valueProperty().addListener((obs, old, value) -> {
            if (!showingModel[0] && value != null) {
                choose.accept(value);
            }
        });
    }
}
