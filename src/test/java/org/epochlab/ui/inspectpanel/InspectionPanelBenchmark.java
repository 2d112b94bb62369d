package org.epochlab.ui.inspectpanel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.epochlab.engine.TrainingListener;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.ui.LabWindow;
import org.epochlab.ui.chart.FxTestSupport;
import org.epochlab.ui.run.RunPhase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Epochs per second of a digits run in the real (headless) window, with the inspection panel fed
 * (weight snapshots every epoch, views drawn) and without (no snapshots): {@code InspectionPanelBenchmark [epochs]}.
 * Run with the headless flags of the tests ({@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}).
 */
public final class InspectionPanelBenchmark {

    private InspectionPanelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        FxTestSupport.startFx();
        LabWindow window = FxTestSupport.onFx(() -> LabWindow.open(new Stage(), ExperimentConfig.defaults(), () -> { }));
        ExperimentConfig digits = ConfigOverrides.apply(ExperimentConfig.defaults(), "dataset=digits",
                "hiddenLayers=[32]", "epochs=" + epochs, "earlyStopping=false");
        FxTestSupport.onFx(() -> window.inspection().tabs().getSelectionModel().select(1)); // the neuron view: the heaviest
        run(window, digits, true); // warm-up
        for (int round = 0; round < 3; round++) {
            for (boolean panel : new boolean[] {false, true}) {
                double[] r = run(window, digits, panel);
                System.out.printf(Locale.ROOT,
                        "digits 64-32-10, %d epochs, %-12s %6.1f epochs/s wall, training thread %.2f ms CPU/epoch"
                                + " (%.0f epochs/s of its CPU), whole process %.2f ms CPU/epoch%n",
                        epochs, panel ? "with panel:" : "without:", r[0], r[1], 1000 / r[1], r[2]);
            }
        }
        FxTestSupport.onFx(window::close);
        System.exit(0);
    }

    /** Epochs per second (wall), training-thread CPU ms per epoch, process CPU ms per epoch. */
    private static double[] run(LabWindow window, ExperimentConfig config, boolean panel) throws Exception {
        FxTestSupport.onFx(() -> {
            window.lab().run().setRunObservers(panel ? window.inspection().inspector() : r -> TrainingListener.NONE);
            window.lab().load(config);
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long trainingBefore = trainingCpu(threads);
        long processBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        FxTestSupport.onFx(() -> window.lab().run().train());
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS,
                () -> FxTestSupport.onFx(() -> window.lab().run().phaseProperty().get() == RunPhase.STOPPED));
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = config.epochs();
        return new double[] {n / seconds, (trainingCpu(threads) - trainingBefore) / 1e6 / n,
            (os.getProcessCpuTime() - processBefore) / 1e6 / n};
    }

    /** CPU time of the training thread so far (it lives as long as the window). */
    private static long trainingCpu(ThreadMXBean threads) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("epochlab-training")) {
                return threads.getThreadCpuTime(t.getId());
            }
        }
        return 0;
    }
}
