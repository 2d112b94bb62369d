package org.epochlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.animation.AnimationTimer;

import org.epochlab.ui.chart.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class AfterFirstFrameTest {

    @Test
    void theActionRunsOnceAtTheSecondPulseAndNotBefore() throws Exception {
        FxTestSupport.startFx();
        AtomicInteger pulses = new AtomicInteger();
        AtomicInteger pulsesWhenRun = new AtomicInteger(-1);
        AtomicInteger runs = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        boolean ranAtOnce = FxTestSupport.onFx(() -> {
            counter.start();
            AfterFirstFrame.run(() -> {
                runs.incrementAndGet();
                pulsesWhenRun.set(pulses.get());
            });
            return runs.get() > 0;
        });

        assertThat(ranAtOnce).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= 6);
        FxTestSupport.onFx(() -> {
            counter.stop();
            return null;
        });
        assertThat(runs.get()).isEqualTo(1);
        assertThat(pulsesWhenRun.get()).isBetween(1, 2); // the counter's own timer ran in the same pulses
    }
}
