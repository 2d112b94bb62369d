package org.epochlab.ui.run;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.epochlab.engine.EpochRecord;
import org.epochlab.experiment.OverfittingReport;
import org.testfx.util.WaitForAsyncUtils;

/** What the run view model's tests share: calls on the FX thread, the frame timer's work, a neutral analysis. */
final class RunViewModelTesting {

    private RunViewModelTesting() {
    }

    /** An analysis that finds no overfitting: the best epoch is the last. */
    static OverfittingReport noOverfitting(List<EpochRecord> h) {
        return new OverfittingReport(h.size(), h.get(h.size() - 1).valLoss(), 0, new double[h.size()]);
    }

    /** Runs frames until {@code condition} holds (the frame timer's work, done by the test). */
    static void framesUntil(RunViewModel vm, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            vm.onFrame();
            return condition.call();
        }));
    }

    static Void run(Runnable r) {
        r.run();
        return null;
    }

    static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }
}
