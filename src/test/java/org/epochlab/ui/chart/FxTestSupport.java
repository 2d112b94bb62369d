package org.epochlab.ui.chart;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the (headless) FX toolkit through TestFX, so that every test class in the JVM shares it, and runs work on the FX thread. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    public static void onFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
