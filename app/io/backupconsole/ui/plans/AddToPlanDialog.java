package io.backupconsole.ui.plans;

import io.backupconsole.domain.awsbackup.BackupPlanSummary;
import io.backupconsole.domain.rules.BackupPlanRules.SchedulePreset;
import io.backupconsole.ui.resources.Stylesheets;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The "Add to a backup plan…" dialog: existing plan or a new one (name, schedule preset or custom cron, vault,
 * retention, cold storage), the selection's name and role, each field with its live message below it. Add stays
 * open on a refusal, input kept; it closes itself only with Close. FX thread only.
 */
public final class AddToPlanDialog {
    private final AddToPlanViewModel model;
    private final GridPane grid = new GridPane();
    private int row;

    public AddToPlanDialog(AddToPlanViewModel model) {
        this.model = model;
    }

    public Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add to a backup plan");
        dialog.setHeaderText(
                "Schedule backups of " + model.resource().name() + " with AWS Backup\n" + model.resourceArn());
        grid.setHgap(8);
        grid.setVgap(4);
        grid.getStyleClass().add("plan-form");

        ToggleGroup choice = new ToggleGroup();
        RadioButton fresh = new RadioButton("_New plan");
        RadioButton existing = new RadioButton("_Existing plan");
        fresh.setToggleGroup(choice);
        existing.setToggleGroup(choice);
        fresh.setSelected(model.newPlanProperty().get());
        existing.setSelected(!model.newPlanProperty().get());
        choice.selectedToggleProperty()
                .addListener((obs, old, now) -> model.newPlanProperty().set(now == fresh));
        grid.addRow(row++, fresh, existing);

        ComboBox<BackupPlanSummary> plans = new ComboBox<>(model.plans());
        plans.valueProperty().bindBidirectional(model.existingPlanProperty());
        plans.disableProperty().bind(model.newPlanProperty());
        plans.setPromptText("Choose one of this region's plans");
        plans.setMaxWidth(Double.MAX_VALUE);
        field("Plan", plans, "BackupPlanId");

        TextField name = text(model.planNameProperty());
        field("Plan _name", name, "BackupPlanName");
        TextField rule = text(model.ruleNameProperty());
        field("_Rule name", rule, "Rules.RuleName");
        ComboBox<SchedulePreset> preset = new ComboBox<>();
        preset.getItems().setAll(SchedulePreset.values());
        preset.valueProperty().bindBidirectional(model.presetProperty());
        field("_Schedule", preset, "");
        TextField cron = text(model.scheduleProperty());
        cron.editableProperty().bind(model.presetProperty().isEqualTo(SchedulePreset.CUSTOM));
        cron.setPromptText("cron(0 5 ? * * *)");
        field("Cron (UTC)", cron, "Rules.ScheduleExpression");
        ComboBox<String> vault = new ComboBox<>(model.vaults());
        vault.valueProperty().bindBidirectional(model.vaultProperty());
        field("_Vault", vault, "Rules.TargetBackupVaultName");
        field("Re_tention (days)", text(model.retentionDaysProperty()), "Rules.Lifecycle.DeleteAfterDays");
        field(
                "_Cold storage after (days)",
                text(model.coldAfterDaysProperty()),
                "Rules.Lifecycle.MoveToColdStorageAfterDays");
        for (Control newOnly : new Control[] {name, rule, preset, cron, vault}) {
            newOnly.disableProperty().bind(model.newPlanProperty().not());
        }
        field("Se_lection name", text(model.selectionNameProperty()), "SelectionName");
        field("IAM r_ole", text(model.roleArnProperty()), AddToPlanViewModel.ROLE);

        Label general = new Label();
        general.setId("planMessage");
        general.setWrapText(true);
        general.textProperty().bind(model.generalMessageProperty());
        general.visibleProperty().bind(model.generalMessageProperty().isNotEmpty());
        general.getStyleClass().add("inline-error");
        // The same line reports the plan it was added to: then it is good news, not an error.
        model.doneProperty()
                .addListener((obs, was, done) ->
                        general.getStyleClass().setAll("label", done ? "inline-success" : "inline-error"));
        grid.add(general, 0, row++, 2, 1);

        Stylesheets.addShared(grid);
        dialog.getDialogPane().setContent(grid);
        ButtonType add = new ButtonType("_Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CLOSE);
        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton.disableProperty().bind(model.busyProperty().or(model.doneProperty()));
        addButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open: a refusal keeps the input, success shows its line
            model.add();
        });
        model.load();
        dialog.show();
        return dialog;
    }

    private static TextField text(StringProperty value) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(32);
        return field;
    }

    private void field(String label, Control input, String member) {
        Label caption = new Label(label);
        caption.setMnemonicParsing(true);
        caption.setMinWidth(Region.USE_PREF_SIZE); // never "Cold storage aft…"
        caption.setLabelFor(input);
        grid.addRow(row++, caption, input);
        if (member.isEmpty()) {
            return;
        }
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        StringBinding text = model.messageFor(member);
        message.textProperty().bind(text);
        message.visibleProperty().bind(text.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getProperties().put(AddToPlanDialog.class, text);
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.touch(member);
            }
        });
        if (input instanceof TextInputControl textInput) {
            textInput.textProperty().addListener((obs, old, now) -> model.touch(member));
        }
        text.addListener((obs, old, now) -> {
            input.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                input.getStyleClass().add("invalid");
            }
            input.setTooltip(now.isEmpty() ? null : new Tooltip(now));
        });
        grid.add(message, 1, row++);
    }
}
