package com.valt.planner.ui.panes;

import com.valt.planner.domain.Addresses;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.edit.Edits;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.CommitField;
import com.valt.planner.ui.common.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The site's description (for the PDF cover) and its options (SSL, updates, Wowza key, DNS). */
public final class SitePane extends GridPane {
    private final PlannerModel model;
    private final CommitField name = new CommitField();
    private final CommitField customer = new CommitField();
    private final CommitField author = new CommitField();
    private final CommitField revision = new CommitField();
    private final TextArea notes = new TextArea();
    private final CheckBox ssl = new CheckBox("SSL on the web application");
    private final CheckBox updates = new CheckBox("Servers download OS updates online");
    private final ComboBox<String> wowza = new ComboBox<>(FXCollections.observableArrayList("digital", "physical"));
    private final CommitField dns = new CommitField(SitePane::dnsProblem);
    private final Label dnsProblem = new Label();
    private boolean updating;

    public SitePane(PlannerModel model) {
        this.model = model;
        setPadding(new Insets(10));
        setHgap(8);
        setVgap(8);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(c0, c1);
        name.setId("site-name");
        ssl.setId("site-ssl");
        updates.setId("site-updates");
        wowza.setId("site-wowza");
        dns.setId("site-dns");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        dns.setPromptText("e.g. 10.0.0.53, 10.0.0.54");
        dnsProblem.getStyleClass().add(Styles.ERROR_TEXT);
        dnsProblem.setWrapText(true);
        wowza.setMaxWidth(Double.MAX_VALUE);
        Label about = new Label("About the site");
        about.getStyleClass().add(Styles.PANEL_TITLE);
        Label options = new Label("Options");
        options.getStyleClass().add(Styles.PANEL_TITLE);
        int r = 0;
        add(about, 0, r++, 2, 1);
        addRow(r++, new Label("Name"), name);
        addRow(r++, new Label("Customer"), customer);
        addRow(r++, new Label("Author"), author);
        addRow(r++, new Label("Revision"), revision);
        addRow(r++, new Label("Notes"), notes);
        add(options, 0, r++, 2, 1);
        add(ssl, 0, r++, 2, 1);
        add(updates, 0, r++, 2, 1);
        addRow(r++, new Label("Wowza key"), wowza);
        addRow(r++, new Label("DNS servers"), dns);
        add(dnsProblem, 1, r);

        name.onCommit(v -> info(i -> i.withName(v), "Rename site"));
        customer.onCommit(v -> info(i -> i.withCustomer(v), "Change customer"));
        author.onCommit(v -> info(i -> i.withAuthor(v), "Change author"));
        revision.onCommit(v -> info(i -> i.withRevision(v), "Change revision"));
        notes.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                info(i -> i.withNotes(notes.getText()), "Change notes");
            }
        });
        ssl.selectedProperty().addListener((o, a, b) -> settings(s -> s.withSsl(b), b ? "SSL on" : "SSL off"));
        updates.selectedProperty()
                .addListener((o, a, b) ->
                        settings(s -> s.withOnlineUpdates(b), b ? "Online updates on" : "Online updates off"));
        wowza.valueProperty()
                .addListener((o, a, b) ->
                        settings(s -> s.withWowzaKey(WowzaKey.fromId(b).orElse(null)), "Wowza key " + b));
        dns.textProperty().addListener((o, a, b) -> dnsProblem.setText(dns.problem() == null ? "" : dns.problem()));
        dns.onCommit(v -> settings(s -> s.withDnsServers(dnsList(v)), "Change DNS servers"));
        model.siteProperty().addListener((o, a, b) -> refresh(b));
        refresh(model.site());
    }

    static List<String> dnsList(String text) {
        return Arrays.stream(text.split("[,\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String dnsProblem(String text) {
        for (String s : dnsList(text)) {
            if (!Addresses.isValid(s)) {
                return "\"" + s + "\" is neither an IPv4 address, an IPv6 address nor a host name";
            }
        }
        return null;
    }

    private void info(UnaryOperator<SiteInfo> change, String what) {
        if (!updating) {
            model.execute(Edits.info(model.site(), change.apply(model.site().info()), what));
        }
    }

    private void settings(UnaryOperator<Settings> change, String what) {
        if (!updating) {
            model.execute(Edits.settings(model.site(), change.apply(model.site().settings()), what));
        }
    }

    private void refresh(Site s) {
        updating = true;
        try {
            name.show(s.info().name());
            customer.show(s.info().customer());
            author.show(s.info().author());
            revision.show(s.info().revision());
            if (!notes.isFocused()) {
                notes.setText(s.info().notes());
            }
            ssl.setSelected(s.settings().sslEnabled());
            updates.setSelected(s.settings().updatesEnabled());
            wowza.setValue(s.settings().effectiveWowzaKey().id());
            dns.show(String.join(", ", s.settings().dnsServers()));
        } finally {
            updating = false;
        }
    }
}
