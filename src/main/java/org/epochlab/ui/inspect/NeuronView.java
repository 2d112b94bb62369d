package org.epochlab.ui.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * Every neuron of one hidden layer as a small tile, live while training: incoming weights as an
 * 8×8 image for the digits, as signed bars for other tables, or the neuron's activation over the
 * input plane for 2-D data. Neurons that are exact copies of each other share a coloured outline
 * and a "×n" badge. Tiles are drawn off the FX thread, at most four times a second.
 *
 * <p>Feed it through {@link #model()} on the FX thread: {@code start} once per run, then
 * {@code feed} with each new weight snapshot.
 */
public final class NeuronView extends BorderPane {

    /** Outline colours of groups of identical neurons, in order of their first neuron. */
    private static final int[] GROUP_COLOURS = {0xD55E00, 0x0072B2, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9};

    private static final int ALONE = -1;

    private final NeuronViewModel model = new NeuronViewModel();
    private final LatestWinsWorker worker = new LatestWinsWorker("neuron-tiles", 250);
    private final ComboBox<String> layerSelector = new ComboBox<>();
    private final Label caption = new Label("No weights yet: start a run.");
    private final Label more = new Label();
    private final TilePane tilePane = new TilePane(6, 6);
    private final List<TileNode> tileNodes = new ArrayList<>();
    private final ReadOnlyObjectWrapper<NeuronTiles> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public NeuronView() {
        createView();
        initListeners();
    }

    private void createView() {
        setId("neuronView");
        getStyleClass().add("inspect-view");
        getStylesheets().add(InspectStyles.STYLESHEET);
        layerSelector.setId("neuronLayerSelector");
        layerSelector.setTooltip(new Tooltip("Choose which hidden layer's neurons to show"));
        caption.setId("neuronCaption");
        caption.setWrapText(true);
        more.setId("neuronMore");
        tilePane.setId("neuronTiles");
        tilePane.setPadding(new Insets(6));
        tilePane.setPrefColumns(8);
        ScrollPane scroll = new ScrollPane(tilePane);
        scroll.getStyleClass().add("neuron-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        HBox top = new HBox(8, new Label("Layer"), layerSelector);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(4, top, caption));
        setCenter(scroll);
        setBottom(more);
        Tooltip.install(this, new Tooltip(
                "Each tile is one hidden neuron: what it responds to; identical neurons share an outline and a ×n badge"));
    }

    private void initListeners() {
        model.revisionProperty().addListener((obs, old, now) -> requestRender());
        layerSelector.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.selectedLayerProperty().set(now.intValue());
            }
        });
        model.selectedLayerProperty().addListener((obs, old, now) -> layerSelector.getSelectionModel()
                .select(now.intValue()));
    }

    public NeuronViewModel model() {
        return model;
    }

    /** The drawing on show (null before the first). */
    public ReadOnlyObjectProperty<NeuronTiles> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Draws the current state now, on the calling (FX) thread: for export and tests. */
    public void renderNow() {
        Supplier<NeuronTiles> job = model.renderJob();
        if (job != null) {
            show(job.get());
        }
    }

    /** Stops the drawing thread; the view stays as it is. */
    public void dispose() {
        worker.close();
    }

    private void requestRender() {
        List<String> names = model.layerNames();
        if (!layerSelector.getItems().equals(names)) {
            layerSelector.getItems().setAll(names);
            layerSelector.getSelectionModel().select(model.selectedLayerProperty().get());
        }
        Supplier<NeuronTiles> job = model.renderJob();
        if (job == null) {
            clear();
            return;
        }
        InspectedRun run = model.run();
        worker.submit(job, tiles -> {
            if (model.run() == run) {
                show(tiles);
            }
        });
    }

    private void clear() {
        // hidden, not removed: the next run reuses them, where new tiles would each cost a CSS pass as it starts
        for (TileNode tile : tileNodes) {
            tile.setVisible(false);
        }
        caption.setText(model.emptyText());
        more.setText("");
        shown.set(null);
    }

    private void show(NeuronTiles tiles) {
        while (tileNodes.size() < tiles.tiles().size()) {
            tileNodes.add(new TileNode());
        }
        while (tileNodes.size() > tiles.tiles().size()) {
            tileNodes.remove(tileNodes.size() - 1);
        }
        if (!tilePane.getChildren().equals(tileNodes)) {
            tilePane.getChildren().setAll(tileNodes);
        }
        int[] outline = groupOutlines(tiles.groups());
        for (int j = 0; j < tileNodes.size(); j++) {
            tileNodes.get(j).show(tiles, j, outline[tiles.groups().groupOf(j)]);
            tileNodes.get(j).setVisible(true);
        }
        caption.setText(NeuronViewModel.caption(tiles));
        more.setText(tiles.hidden() > 0 ? "+" + tiles.hidden() + " more neurons not shown" : "");
        shown.set(tiles);
    }

    /** The outline colour (0xRRGGBB) of each group of copies, {@link #ALONE} for a neuron unlike any other. */
    private static int[] groupOutlines(NeuronGroups groups) {
        int[] colours = new int[groups.count()];
        Arrays.fill(colours, ALONE);
        int next = 0;
        for (int j = 0; j < groups.neurons(); j++) {
            int g = groups.groupOf(j);
            if (colours[g] == ALONE && groups.sizeOfGroupOf(j) > 1) {
                colours[g] = GROUP_COLOURS[next++ % GROUP_COLOURS.length];
            }
        }
        return colours;
    }

    /** One neuron: its image in an outline and, below it, "×n" for a group of n copies or its number. */
    private static final class TileNode extends VBox {

        private final ImageView image = new ImageView();
        private final StackPane frame = new StackPane(image);
        private final Label badge = new Label();
        private final Tooltip tooltip = new Tooltip();
        private WritableImage pixels;

        TileNode() {
            getStyleClass().add("neuron-tile");
            badge.getStyleClass().add("neuron-badge");
            badge.setMaxWidth(Double.MAX_VALUE);
            badge.setAlignment(Pos.CENTER);
            image.setSmooth(false);
            managedProperty().bind(visibleProperty()); // a hidden tile (after Reset) takes no room
            getChildren().addAll(frame, badge);
            Tooltip.install(this, tooltip);
        }

        void show(NeuronTiles tiles, int neuron, int outline) {
            int w = tiles.tileWidth();
            int h = tiles.tileHeight();
            if (pixels == null || (int) pixels.getWidth() != w || (int) pixels.getHeight() != h) {
                pixels = new WritableImage(w, h);
                image.setImage(pixels);
            }
            pixels.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), tiles.tiles().get(neuron), 0, w);
            int copies = tiles.groups().sizeOfGroupOf(neuron);
            boolean grouped = outline != ALONE;
            String colour = grouped ? Colours.css(outline) : "#c8c8c8";
            // restyle only on a change: a new inline style costs a CSS pass over the tile
            String frameStyle = "-fx-border-color: " + colour + "; -fx-border-width: " + (grouped ? 3 : 1) + ";";
            if (!frameStyle.equals(frame.getStyle())) {
                frame.setStyle(frameStyle);
                badge.setStyle(grouped ? "-fx-background-color: " + colour + "; -fx-text-fill: white;"
                        : "-fx-text-fill: #707070;");
            }
            badge.setText(grouped ? "×" + copies : "#" + (neuron + 1));
            tooltip.setText("Neuron " + (neuron + 1) + (copies > 1 ? ": identical to " + (copies - 1)
                    + (copies == 2 ? " other neuron" : " other neurons") + " of this layer" : ""));
        }
    }
}
