package org.epochlab.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.epochlab.ui.chart.FxTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class LatestWinsWorkerTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void jobsSubmittedWhileOneRunsAreReplacedByTheLatestAndResultsArriveOnTheFxThread() throws Exception {
        List<Integer> computed = new CopyOnWriteArrayList<>();
        List<String> applied = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LatestWinsWorker worker = new LatestWinsWorker("test", 0)) {
            worker.submit(() -> {
                firstStarted.countDown();
                await(release);
                computed.add(1);
                return 1;
            }, r -> applied.add(r + (Platform.isFxApplicationThread() ? " on fx" : " elsewhere")));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int job = 2; job <= 4; job++) {
                int n = job;
                worker.submit(() -> {
                    computed.add(n);
                    return n;
                }, r -> applied.add(r + " on fx"));
            }
            release.countDown();

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> applied.size() == 2);
        }

        assertThat(computed).containsExactly(1, 4);
        assertThat(applied).containsExactly("1 on fx", "4 on fx");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
