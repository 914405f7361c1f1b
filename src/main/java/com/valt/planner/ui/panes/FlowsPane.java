package com.valt.planner.ui.panes;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.catalog.Section;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.revision.FlowSide;
import com.valt.planner.revision.FlowSide.FlowKey;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** Every concrete flow of the engine's result, filterable by section and by device, with a count. */
public final class FlowsPane extends BorderPane {
    /** A choice of the device filter: all, the plan's selection, or one endpoint. */
    record DeviceChoice(String label, String id) {
        static final DeviceChoice ALL = new DeviceChoice("All devices", null);
        static final DeviceChoice SELECTED = new DeviceChoice("Selected on the plan", "");

        @Override
        public String toString() {
            return label;
        }
    }

    /** A choice of the section filter. */
    record SectionChoice(String label, String id) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final SectionChoice ALL_SECTIONS = new SectionChoice("All sections", null);
    private final PlannerModel model;
    /** The result's flows, wrapped, not copied; replaced with each result. */
    private ObservableList<Flow> all = FXCollections.observableArrayList();

    private FilteredList<Flow> shown = new FilteredList<>(all);
    private final TableView<Flow> table = new TableView<>(shown);
    private final ComboBox<SectionChoice> section = new ComboBox<>();
    private final ComboBox<DeviceChoice> device = new ComboBox<>();
    private final Label count = new Label();
    /** The text each column shows, for sizing the columns to it. */
    private final Map<TableColumn<Flow, ?>, Function<Flow, String>> texts = new LinkedHashMap<>();

    private static final int SIZE_SAMPLE = 2_000;
    /** Texts measured once for the window's life: an edit re-measures only new names. */
    private final Map<String, Double> widths = new HashMap<>();

    private final Text measure = new Text();
    /** The flows the columns were last sized to. */
    private List<Flow> sized = List.of();
    /** Section titles by id, of the catalog {@code titlesOf}: a column's cells ask for them row by row. */
    private final Map<String, String> titles = new HashMap<>();

    private Catalog titlesOf;
    private static final double MAX_COLUMN = 420;

    public FlowsPane(PlannerModel model) {
        this.model = model;
        table.setId("flows-table");
        section.setId("flows-section");
        device.setId("flows-device");
        count.setId("flows-count");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No flows: add an application server and devices."));
        table.getColumns()
                .addAll(List.of(
                        column("Section", 170, f -> sectionTitle(f.section())),
                        column("Rule", 50, Flow::ruleId),
                        column("Source", 190, f -> f.source().label()),
                        column("Destination", 190, f -> f.destination().label()),
                        column("Transport", 70, Flow::transport),
                        portColumn(),
                        column("Protocol", 90, Flow::protocol),
                        column("Service", 180, Flow::service)));
        section.getItems().add(ALL_SECTIONS);
        section.setValue(ALL_SECTIONS);
        device.getItems().addAll(DeviceChoice.ALL, DeviceChoice.SELECTED);
        device.setValue(DeviceChoice.ALL);
        device.setVisibleRowCount(16);
        section.valueProperty().addListener((o, a, b) -> filter());
        device.valueProperty().addListener((o, a, b) -> filter());
        model.selection().addListener((SetChangeListener<String>) c -> {
            if (device.getValue() == DeviceChoice.SELECTED) {
                filter();
            }
        });
        // A narrow window wraps the bar onto a second line; its labels and choices never shrink to "…".
        Label sectionLabel = new Label("Section");
        Label deviceLabel = new Label("Device");
        for (Region r : List.of(sectionLabel, deviceLabel, count)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        section.setMinWidth(180);
        device.setMinWidth(180);
        // a width of their own: otherwise the skin measures every item (2,400 devices on a campus) per edit
        section.setPrefWidth(260);
        device.setPrefWidth(300);
        FlowPane bar = new FlowPane(8, 6, sectionLabel, section, deviceLabel, device, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        setCenter(table);
        model.resultProperty().addListener((o, a, r) -> show(r));
        show(model.result());
        model.comparisonProperty().addListener((o, a, diff) -> {
            added = diff == null
                    ? Set.of()
                    : diff.added().stream().map(FlowSide::key).collect(Collectors.toUnmodifiableSet());
            table.refresh();
            count();
        });
        // the flows the open comparison added stand out (pseudo-class "added", coloured in planner.css)
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Flow f, boolean empty) {
                super.updateItem(f, empty);
                pseudoClassStateChanged(ADDED, !empty && f != null && added.contains(FlowKey.of(f)));
            }
        });
    }

    private static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");
    private Set<FlowKey> added = Set.of();

    TableView<Flow> table() {
        return table;
    }

    private String sectionTitle(String id) {
        FlowResult r = model.result();
        if (r == null) {
            return id;
        }
        if (titlesOf != r.catalog()) {
            titlesOf = r.catalog();
            titles.clear();
        }
        return titles.computeIfAbsent(
                id, k -> r.catalog().section(k).map(Section::title).orElse(k));
    }

    private TableColumn<Flow, String> column(String title, double width, Function<Flow, String> value) {
        TableColumn<Flow, String> c = Tables.textColumn(title, value, width);
        texts.put(c, value);
        return c;
    }

    private TableColumn<Flow, Integer> portColumn() {
        TableColumn<Flow, Integer> c = new TableColumn<>("Port");
        c.setPrefWidth(60);
        texts.put(c, f -> Integer.toString(f.port()));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().port()));
        return c;
    }

    private void show(FlowResult r) {
        if (r == null) {
            return;
        }
        SectionChoice keepSection = section.getValue();
        DeviceChoice keepDevice = device.getValue();
        List<SectionChoice> sections = new ArrayList<>();
        sections.add(ALL_SECTIONS);
        r.sections().stream()
                .filter(s -> s.flowCount() > 0)
                .forEach(s -> sections.add(
                        new SectionChoice(s.section().title(), s.section().id())));
        List<DeviceChoice> devices = new ArrayList<>(List.of(DeviceChoice.ALL, DeviceChoice.SELECTED));
        for (Endpoint e : r.endpoints()) {
            devices.add(new DeviceChoice(e.label(), e.id()));
        }
        if (!section.getItems().equals(sections)) {
            section.getItems().setAll(sections);
        }
        if (!device.getItems().equals(devices)) {
            device.getItems().setAll(devices);
        }
        section.setValue(section.getItems().contains(keepSection) ? keepSection : ALL_SECTIONS);
        device.setValue(device.getItems().contains(keepDevice) ? keepDevice : DeviceChoice.ALL);
        // A new list for the table rather than setAll on the old one: 42,000 (or 600,000) rows replaced in
        // one step, with no change events to work through row by row.
        all = FXCollections.observableList(r.flows());
        shown = new FilteredList<>(all, predicate());
        table.setItems(shown);
        sizeColumns(r.flows());
        count();
    }

    /** Each column as wide as its widest text (header included), within limits; the table scrolls sideways. */
    private void sizeColumns(List<Flow> flows) {
        if (widths.size() > 50_000) {
            widths.clear(); // a bound on a cache that lives as long as the window
        }
        List<Flow> sample = flows.size() <= SIZE_SAMPLE ? flows : flows.subList(0, SIZE_SAMPLE);
        if (sameFlows(sample, sized)) {
            return; // an edit elsewhere: the engine kept these flows, so their texts and widths are the same
        }
        sized = List.copyOf(sample);
        for (Map.Entry<TableColumn<Flow, ?>, Function<Flow, String>> e : texts.entrySet()) {
            Set<String> seen = new HashSet<>();
            double w = width(measure, widths, e.getKey().getText()) + 24; // room for the sort arrow
            for (Flow f : sample) {
                String t = e.getValue().apply(f);
                if (t != null && seen.add(t)) {
                    w = Math.max(w, width(measure, widths, t) + 26); // the cell's padding and a margin
                }
            }
            e.getKey().setPrefWidth(Math.min(MAX_COLUMN, Math.ceil(w)));
        }
    }

    /** The same flow objects in the same order. */
    private static boolean sameFlows(List<Flow> a, List<Flow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static double width(Text measure, Map<String, Double> cache, String s) {
        return cache.computeIfAbsent(s, k -> {
            measure.setText(k);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private void filter() {
        shown.setPredicate(predicate());
        count();
    }

    private java.util.function.Predicate<Flow> predicate() {
        SectionChoice s = section.getValue();
        DeviceChoice d = device.getValue();
        String sectionId = s == null ? null : s.id();
        Set<String> ids = d == null || d.id() == null
                ? null
                : d == DeviceChoice.SELECTED ? Set.copyOf(model.selection()) : Set.of(d.id());
        if (sectionId == null && ids == null) {
            return null; // every flow: the filtered list passes them through without testing each
        }
        return f -> (sectionId == null || sectionId.equals(f.section()))
                && (ids == null
                        || ids.contains(f.source().id())
                        || ids.contains(f.destination().id()));
    }

    private void count() {
        String n = shown.size() == all.size() ? all.size() + " flows" : shown.size() + " of " + all.size() + " flows";
        long marked = added.isEmpty()
                ? 0
                : all.stream().filter(f -> added.contains(FlowKey.of(f))).count();
        count.setText(marked == 0 ? n : n + " · " + marked + " added since the compared revision (green)");
    }
}
