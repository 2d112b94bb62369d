package org.epochlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import com.sun.javafx.perf.PerformanceTracker;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingControl;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;
import org.epochlab.experiment.Presets;
import org.epochlab.experiment.run.WorkspaceLocation;
import org.epochlab.ui.EpochLabApp;
import org.epochlab.ui.LabWindow;
import org.epochlab.ui.chart.FxTestSupport;
import org.epochlab.ui.chart.OverfittingHistories;
import org.epochlab.ui.chart.TrainingChartsView;
import org.epochlab.ui.prefs.ConfigFolder;
import org.epochlab.ui.run.RunPhase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures the real lab window, run headless ({@code bench/window.sh}): frame gaps while the digits preset
 * trains at full speed, epochs/s with the window against the same config without it, the cost of one
 * chart update with 5 overlaid runs of 10,000 epochs, heap in use with those runs loaded, and the time
 * from process start to the app's first rendered frame (in fresh JVMs). Prints one line per figure.
 * Workspace and preferences go to a temporary folder unless {@code -Depochlab.workspace} and
 * {@code -Depochlab.config} say otherwise.
 *
 * <p>A benchmark, not a test (it lives in test scope for the headless window support; {@code verify}
 * never runs it). It never sleeps: the window stops its run at the first pulse past the measuring time, the
 * headless run cancels itself at the first epoch end past it, and the benchmark waits for conditions
 * (the run stopped, the chart holding every epoch, collections freeing nothing more).
 */
public final class WindowBenchmark {

    /** The line a first-frame child prints once its window has rendered a frame. */
    static final String FIRST_FRAME = "epochlab-first-frame";
    /** The line a first-frame child prints when the toolkit is up and the app's {@code start} is called. */
    static final String APP_START = "epochlab-app-start";
    /** The line a first-frame child prints when its stage is shown (built, before its first frame is rendered). */
    static final String SHOWN = "epochlab-shown";
    private static final String CHILD = "--first-frame-child";

    private static final double TRAIN_SECONDS = 10;
    private static final double WARM_UP_SECONDS = Double.parseDouble(System.getProperty("epochlab.bench.warmUp", "10"));
    private static final int OVERLAY_EPOCHS = 10_000;
    private static final int UPDATES = 100;
    private static final int UPDATE_WARM_UP = 40;
    private static final int FIRST_FRAME_LAUNCHES = Integer.getInteger("epochlab.bench.launches", 7);
    /** The parts a run can be limited to, named on the command line. */
    private static final String[] PARTS = {"training", "chart", "first-frame"};

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            Application.launch(FirstFrameApp.class);
            return;
        }
        Path scratch = Files.createTempDirectory("epochlab-winbench");
        defaultProperty(WorkspaceLocation.PROPERTY, scratch.resolve("workspace"));
        defaultProperty(ConfigFolder.PROPERTY, scratch.resolve("config"));
        ExperimentConfig digits = ConfigOverrides.apply(Presets.find("digits").orElseThrow().config(),
                "epochs=100000", "earlyStopping=false");
        System.out.printf(Locale.ROOT, "# %s, %d CPUs, load average %s, Java %s, digits preset %s%n",
                java.time.Instant.now(), Runtime.getRuntime().availableProcessors(), loadAverage(),
                System.getProperty("java.version"), digits.hiddenLayers());

        Set<String> parts = args.length == 0 ? Set.of(PARTS) : Set.of(args);
        if (!Set.of(PARTS).containsAll(parts)) {
            System.err.println("usage: WindowBenchmark [" + String.join("] [", PARTS) + "]  (all when none is named)");
            System.exit(2);
        }
        FxTestSupport.startFx();
        LabWindow window = FxTestSupport.onFx(() -> LabWindow.open(new Stage(), ExperimentConfig.defaults(), () -> { }));
        FxTestSupport.onFx(() -> window.lab().load(digits));
        FxTestSupport.onFx(() -> System.out.printf(Locale.ROOT, "scene graph: %s%n", nodeCounts(window.stage().getScene().getRoot())));

        if (parts.contains("training")) {
            trainInWindow(window, WARM_UP_SECONDS, null); // JIT warm-up of the engine and of the views
            double headless = trainHeadless(digits, TRAIN_SECONDS);
            FrameClock clock = new FrameClock();
            ThreadCpu cpu = new ThreadCpu();
            double windowed = trainInWindow(window, TRAIN_SECONDS, clock);
            System.out.printf(Locale.ROOT, "CPU while training in the window, ms per wall second: %s%n", cpu.perSecond());
            double[] gaps = clock.gapsMs();
            System.out.printf(Locale.ROOT, "frames while training digits %.0f s in the window: %d pulses, longest gap %.1f ms,"
                            + " p99 %.1f ms, median %.1f ms%n", TRAIN_SECONDS, gaps.length + 1, max(gaps),
                    percentile(gaps, 0.99), percentile(gaps, 0.5));
            System.out.printf(Locale.ROOT, "gaps by length: %s%n", histogram(gaps));
            System.out.printf(Locale.ROOT, "gaps of %.0f ms or more, at JVM uptime: %s%n", FrameClock.LISTED_GAP_MS, clock.longGaps());
            System.out.printf(Locale.ROOT, "throughput: window %.1f epochs/s, headless %.1f epochs/s, ratio %.1f %%%n",
                    windowed, headless, 100 * windowed / headless);
        }
        if (parts.contains("chart")) {
            chartUpdate(window);
            System.out.printf(Locale.ROOT, "heap in use after GC, window with 5 runs of %d epochs loaded: %.1f MB%n",
                    OVERLAY_EPOCHS, heapAfterGcMb());
        }
        FxTestSupport.onFx(window::close);
        if (parts.contains("first-frame")) {
            firstFrame(scratch);
        }
        System.exit(0);
    }

    /** "≤ 17 ms: 580, 17–20: 30, …": how the gaps spread around the 16.7 ms pulse. */
    private static String histogram(double[] gaps) {
        double[] edges = {17, 20, 25, 34, 50};
        int[] counts = new int[edges.length + 1];
        for (double g : gaps) {
            int b = 0;
            while (b < edges.length && g > edges[b]) {
                b++;
            }
            counts[b]++;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "≤ %.0f ms: %d", edges[0], counts[0]));
        for (int b = 1; b < edges.length; b++) {
            out.append(String.format(Locale.ROOT, ", %.0f–%.0f: %d", edges[b - 1], edges[b], counts[b]));
        }
        return out.append(String.format(Locale.ROOT, ", > %.0f: %d", edges[edges.length - 1], counts[edges.length])).toString();
    }

    /** How many nodes the scene holds, and how many of them are visible (a pulse walks them all for bounds). */
    private static String nodeCounts(Parent root) {
        int[] counts = new int[2];
        countNodes(root, true, counts);
        return counts[0] + " nodes, " + counts[1] + " of them visible";
    }

    private static void countNodes(javafx.scene.Node node, boolean shown, int[] counts) {
        boolean visible = shown && node.isVisible();
        counts[0]++;
        counts[1] += visible ? 1 : 0;
        if (node instanceof Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                countNodes(child, visible, counts);
            }
        }
    }

    /** Trains the loaded config in the window for {@code seconds}, then stops it; returns epochs per second. */
    private static double trainInWindow(LabWindow window, double seconds, FrameClock clock) throws Exception {
        long[] stoppedAt = new long[1];
        ChangeListener<RunPhase> onStop = (o, was, now) -> {
            if (now == RunPhase.STOPPED) {
                stoppedAt[0] = System.nanoTime();
            }
        };
        FxTestSupport.onFx(() -> window.lab().run().phaseProperty().addListener(onStop));
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        // the window stops the run itself at the first pulse past the deadline, as Stop pressed then would
        AnimationTimer stopper = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (now >= deadline) {
                    stop();
                    window.lab().run().stop();
                }
            }
        };
        FxTestSupport.onFx(() -> {
            if (clock != null) {
                clock.start();
            }
            window.lab().run().train();
            stopper.start();
        });
        WaitForAsyncUtils.waitFor((long) seconds + 60, TimeUnit.SECONDS,
                () -> FxTestSupport.onFx(() -> window.lab().run().phaseProperty().get() == RunPhase.STOPPED));
        FxTestSupport.onFx(() -> {
            if (clock != null) {
                clock.stop();
            }
            window.lab().run().phaseProperty().removeListener(onStop);
        });
        // the chart receives every epoch by the next frame; wait for it so that the count is whole
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxTestSupport.onFx(
                () -> window.chart().pointCount() == window.lab().run().history().size()));
        int epochs = FxTestSupport.onFx(() -> window.chart().pointCount());
        double elapsed = (stoppedAt[0] - start) / 1e9;
        if (clock != null) {
            System.out.printf(Locale.ROOT, "window: %d epochs in %.2f s, %.0f epochs per CPU second of the training thread%n",
                    epochs, elapsed, epochs / clock.trainingCpuSeconds());
        }
        return epochs / elapsed;
    }

    /** The same config trained without any window for {@code seconds}; returns epochs per second. */
    private static double trainHeadless(ExperimentConfig config, double seconds) throws Exception {
        PreparedExperiment prepared = ExperimentRunner.prepare(config);
        TrainingControl control = new TrainingControl();
        AtomicInteger epochs = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        // the run cancels itself at the first epoch end past the deadline (the window's run ends mid-epoch)
        ExperimentRunner.run(prepared, record -> {
            epochs.incrementAndGet();
            if (System.nanoTime() >= deadline) {
                control.cancel();
            }
        }, control);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "headless: %d epochs in %.2f s, %.0f epochs per CPU second of the training thread%n",
                epochs.get(), elapsed, epochs.get() / cpuSeconds);
        return epochs.get() / elapsed;
    }

    /**
     * One chart update with 4 overlays and a live run of 10,000 epochs each, in the window's own chart:
     * append one epoch, lay the scene out (CSS + layout, as a pulse does), then render the chart in
     * software (a snapshot). Median of {@value #UPDATES} updates after {@value #UPDATE_WARM_UP} untimed ones.
     */
    private static void chartUpdate(LabWindow window) throws Exception {
        List<EpochRecord> history = OverfittingHistories.overfitting(OVERLAY_EPOCHS + 2 * (UPDATE_WARM_UP + UPDATES));
        double[][] ms = FxTestSupport.onFx(() -> {
            TrainingChartsView chart = window.chart();
            chart.clearOverlays();
            chart.clear();
            for (int i = 1; i <= 4; i++) {
                chart.addOverlay("run " + i, scaled(history.subList(0, OVERLAY_EPOCHS), 1 + 0.1 * i));
            }
            chart.append(history.subList(0, OVERLAY_EPOCHS));
            Parent root = window.stage().getScene().getRoot();
            root.applyCss();
            root.layout();
            double[] layout = new double[UPDATES];
            double[] render = new double[UPDATES];
            int next = OVERLAY_EPOCHS;
            for (int i = -UPDATE_WARM_UP; i < UPDATES; i++) {
                long t0 = System.nanoTime();
                chart.append(history.subList(next, next + 1));
                root.applyCss();
                root.layout();
                long t1 = System.nanoTime();
                chart.snapshot(new SnapshotParameters(), null);
                long t2 = System.nanoTime();
                next++;
                if (i >= 0) {
                    layout[i] = (t1 - t0) / 1e6;
                    render[i] = (t2 - t0) / 1e6;
                }
            }
            return new double[][] {layout, render};
        });
        System.out.printf(Locale.ROOT, "chart update, 4 overlays + live run of %d epochs each (median of %d):"
                        + " append + CSS + layout %.2f ms (p90 %.2f), with software render of the chart %.2f ms (p90 %.2f)%n",
                OVERLAY_EPOCHS, UPDATES, percentile(ms[0], 0.5), percentile(ms[0], 0.9), percentile(ms[1], 0.5),
                percentile(ms[1], 0.9));
    }

    /** The history with both losses multiplied by {@code factor}: another run's curves, same length. */
    private static List<EpochRecord> scaled(List<EpochRecord> history, double factor) {
        List<EpochRecord> out = new ArrayList<>(history.size());
        for (EpochRecord r : history) {
            out.add(OverfittingHistories.record(r.epoch(), r.trainLoss() * factor, r.valLoss() * factor));
        }
        return out;
    }

    /** Heap in use once full collections stop freeing anything (at most 5 of them). */
    private static double heapAfterGcMb() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            memory.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used / 1e6;
    }

    /**
     * Launches the app in fresh JVMs with this JVM's flags and class path, and times each from
     * {@code ProcessBuilder.start} to the line the child prints once its window has rendered a frame.
     */
    private static void firstFrame(Path scratch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-D" + WorkspaceLocation.PROPERTY) && !arg.startsWith("-D" + ConfigFolder.PROPERTY)) {
                command.add(arg);
            }
        }
        command.add("-D" + WorkspaceLocation.PROPERTY + "=" + scratch.resolve("first-frame-workspace"));
        command.add("-D" + ConfigFolder.PROPERTY + "=" + scratch.resolve("first-frame-config"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WindowBenchmark.class.getName(), CHILD));
        double[] ms = new double[FIRST_FRAME_LAUNCHES];
        double[] appStartMs = new double[FIRST_FRAME_LAUNCHES];
        double[] shownMs = new double[FIRST_FRAME_LAUNCHES];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals(FIRST_FRAME)) {
                    if (line.equals(APP_START)) {
                        appStartMs[i] = (System.nanoTime() - start) / 1e6;
                    } else if (line.equals(SHOWN)) {
                        shownMs[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                if (line == null) {
                    throw new IllegalStateException("the first-frame child ended without rendering a frame");
                }
                ms[i] = (System.nanoTime() - start) / 1e6;
            } finally {
                child.destroy();
                child.waitFor(30, TimeUnit.SECONDS);
            }
        }
        System.out.printf(Locale.ROOT, "first frame from process start (fresh JVM, %d launches): median %.0f ms, each %s ms;"
                        + " Application.start called at %s ms, stage shown at %s ms%n",
                ms.length, percentile(ms, 0.5), Arrays.toString(Arrays.stream(ms).mapToLong(Math::round).toArray()),
                Arrays.toString(Arrays.stream(appStartMs).mapToLong(Math::round).toArray()),
                Arrays.toString(Arrays.stream(shownMs).mapToLong(Math::round).toArray()));
    }

    /**
     * The app as the jar starts it, plus a marker line on standard output once the stage's scene has
     * rendered its first frame (JavaFX's scene performance tracker calls back from the render thread).
     */
    public static final class FirstFrameApp extends Application {

        private final EpochLabApp app = new EpochLabApp();

        @Override
        public void start(Stage stage) {
            System.out.println(APP_START);
            System.out.flush();
            AtomicBoolean printed = new AtomicBoolean();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                System.out.println(SHOWN);
                System.out.flush();
                PerformanceTracker.getSceneTracker(stage.getScene()).setOnRenderedFrameTask(() -> {
                    if (printed.compareAndSet(false, true)) {
                        System.out.println(FIRST_FRAME);
                        System.out.flush();
                    }
                });
            });
            app.start(stage);
        }

        @Override
        public void stop() {
            app.stop();
        }
    }

    /**
     * CPU time of every Java thread while the window trains, since construction: the busiest ones by name,
     * then the whole process (the difference is the JVM's own threads: GC and the JIT compilers).
     */
    private static final class ThreadCpu {

        private static final String TRAINING = "epochlab-training";
        private static final int SHOWN = 6;
        private final long start = System.nanoTime();
        private final Map<String, Long> before = sample();
        private final long processBefore = processCpu();

        String perSecond() {
            Map<String, Long> after = sample();
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder out = new StringBuilder();
            after.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(SHOWN)
                    .forEach(e -> out.append(String.format(Locale.ROOT, "%s %.0f, ", e.getKey(), e.getValue() / 1e6 / seconds)));
            return out.append(String.format(Locale.ROOT, "whole process %.0f (2 cores = 2000)",
                    (processCpu() - processBefore) / 1e6 / seconds)).toString();
        }

        static long trainingCpuNanos() {
            return sample().getOrDefault(TRAINING, 0L);
        }

        /** CPU nanoseconds per thread name (threads of one name, such as pool workers, summed). */
        private static Map<String, Long> sample() {
            Map<String, Long> cpu = new HashMap<>();
            var threads = ManagementFactory.getThreadMXBean();
            for (long id : threads.getAllThreadIds()) {
                var info = threads.getThreadInfo(id);
                long nanos = threads.getThreadCpuTime(id);
                if (info != null && nanos > 0) {
                    cpu.merge(info.getThreadName().replaceAll("-\\d+$", "-n"), nanos, Long::sum);
                }
            }
            return cpu;
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    /** Records the time stamp of every pulse (an {@link AnimationTimer} sees each one) between start and stop. */
    private static final class FrameClock extends AnimationTimer {

        /** Gaps at least this long are listed with the JVM's uptime, to match them with -Xlog:gc,safepoint lines. */
        private static final double LISTED_GAP_MS = 30;
        private long[] stamps = new long[4096];
        private int count;
        private final long nanosAtCreation = System.nanoTime();
        private final long uptimeMsAtCreation = ManagementFactory.getRuntimeMXBean().getUptime();
        private long trainingCpuAtStart;
        private long trainingCpuAtStop;

        @Override
        public void start() {
            trainingCpuAtStart = ThreadCpu.trainingCpuNanos();
            super.start();
        }

        @Override
        public void stop() {
            super.stop();
            trainingCpuAtStop = ThreadCpu.trainingCpuNanos();
        }

        double trainingCpuSeconds() {
            return (trainingCpuAtStop - trainingCpuAtStart) / 1e9;
        }

        @Override
        public void handle(long now) {
            if (count == stamps.length) {
                stamps = Arrays.copyOf(stamps, 2 * count);
            }
            stamps[count++] = now;
        }

        /** "12.345 s: 51.0 ms" for every gap of at least {@value #LISTED_GAP_MS} ms, at the JVM uptime it ended. */
        String longGaps() {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < count; i++) {
                double gap = (stamps[i] - stamps[i - 1]) / 1e6;
                if (gap >= LISTED_GAP_MS) {
                    double uptime = uptimeMsAtCreation / 1e3 + (stamps[i] - nanosAtCreation) / 1e9;
                    out.append(String.format(Locale.ROOT, "%s%.3f s: %.1f ms", out.length() == 0 ? "" : ", ", uptime, gap));
                }
            }
            return out.length() == 0 ? "none" : out.toString();
        }

        double[] gapsMs() {
            double[] gaps = new double[Math.max(0, count - 1)];
            for (int i = 1; i < count; i++) {
                gaps[i - 1] = (stamps[i] - stamps[i - 1]) / 1e6;
            }
            return gaps;
        }
    }

    private static void defaultProperty(String key, Path value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value.toString());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** The value at rank ceil(p·n) of the sorted values (nearest-rank percentile). */
    private static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
