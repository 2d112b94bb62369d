package org.epochlab.ui.inspect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.epochlab.export.ChartPngExporter;

/**
 * Renders every inspection view for a random-initialized and a zero-initialized run on moons and on
 * digits, for looking at them, and times the two heaviest drawings: {@code InspectSample outDir}.
 */
public final class InspectSample {

    private InspectSample() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/inspect");
        Files.createDirectories(out);
        InspectRuns.Trained[] runs = {
            InspectRuns.moons("epochs=60"),
            InspectRuns.moons("epochs=60", "activation=sigmoid", "weightInit=zeros"),
            InspectRuns.digits("epochs=20"),
            InspectRuns.digits("epochs=20", "activation=sigmoid", "weightInit=zeros"),
            InspectRuns.train("dataset=wine", "hiddenLayers=[12, 8]", "epochs=30"),
        };
        String[] names = {"moons-random", "moons-zero", "digits-random", "digits-zero", "wine-random"};
        timings(runs[0], runs[2]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        for (int i = 0; i < runs.length; i++) {
            InspectRuns.Trained t = runs[i];
            String name = names[i];
            onFx(() -> {
                SymmetryMeterView meter = new SymmetryMeterView();
                meter.model().start(t.run());
                meter.model().feed(t.weights().get(0), null);
                meter.model().append(t.history());
                save(meter, 640, 260, out.resolve(name + "-symmetry.png"));

                NeuronView neurons = new NeuronView();
                neurons.model().start(t.run());
                neurons.model().feed(t.last(), t.lastRecord());
                neurons.renderNow();
                save(neurons, 560, 520, out.resolve(name + "-neurons.png"));
                if (t.run().hiddenLayers().size() > 1) {
                    neurons.model().selectedLayerProperty().set(1);
                    neurons.renderNow();
                    save(neurons, 560, 520, out.resolve(name + "-neurons-layer2.png"));
                }
                neurons.dispose();

                DecisionBoundaryView boundary = new DecisionBoundaryView();
                boundary.model().start(t.run());
                boundary.model().feed(t.last(), t.lastRecord());
                boundary.renderNow();
                save(boundary, 520, 560, out.resolve(name + "-boundary.png"));
                boundary.dispose();

                ConfusionMatrixView confusion = new ConfusionMatrixView();
                confusion.model().start(t.run());
                confusion.model().feed(t.last(), t.lastRecord());
                confusion.renderNow();
                save(confusion, 560, 480, out.resolve(name + "-confusion.png"));
                confusion.dispose();
            });
        }
        Platform.exit();
    }

    private static void timings(InspectRuns.Trained moons, InspectRuns.Trained digits) {
        InspectedRun m = moons.run();
        PlaneRange range = m.planeRange();
        time("decision field 200x200, moons 2-16-16-2", () -> DecisionField.compute(m.function(moons.last()), range,
                200, 200));
        double[] grid = range.grid(200, 200);
        time("  of which the network's probabilities", () -> m.function(moons.last()).probabilities(grid, 40_000));
        time("neuron tiles, moons layer 1 (16 planes 48x48)", () -> NeuronTileRenderer.render(m, moons.last(), 0, 0, 64));
        time("neuron tiles, digits 32 images", () -> NeuronTileRenderer.render(digits.run(), digits.last(), 0, 0, 64));
        try {
            InspectRuns.Trained wide = InspectRuns.digits("hiddenLayers=[256]", "epochs=1");
            time("neuron tiles, digits 64 of 256 images", () -> NeuronTileRenderer.render(wide.run(), wide.last(), 0, 0,
                    64));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mean CPU time of the calling thread per call, which other processes on the machine do not inflate. */
    private static void time(String what, Runnable work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30; i++) {
            work.run();
        }
        int n = 50;
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            work.run();
        }
        System.out.printf(Locale.ROOT, "%-50s %.2f ms CPU%n", what, (cpu.getCurrentThreadCpuTime() - start) / 1e6 / n);
    }

    private static void save(Parent view, double width, double height, Path file) {
        StackPane root = new StackPane(view);
        new Scene(root, width, height);
        root.applyCss();
        root.layout();
        try {
            ChartPngExporter.write(ChartPngExporter.snapshot(root, "", 1), file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void onFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
