package org.epochlab.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class WorkspaceWritesTest {

    @Test
    void backgroundWritesRunInTheOrderAskedOnTheirOwnThread() {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        List<Runnable> toFx = new ArrayList<>();
        WorkspaceWrites writes = WorkspaceWrites.inBackground(toFx::add);
        for (int i = 0; i < 50; i++) {
            String name = "write " + i;
            writes.submit(() -> done.add(name + " on " + Thread.currentThread().getName()), e -> { });
        }
        writes.awaitIdle();

        assertThat(done).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(done.get(i)).isEqualTo("write " + i + " on workspace-writer");
        }
        assertThat(toFx).isEmpty();
        writes.close();
    }

    @Test
    void aFailedWriteIsHandedToTheFxExecutorAndTheNextWritesStillRun() {
        List<Runnable> toFx = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = new ArrayList<>();
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        WorkspaceWrites writes = WorkspaceWrites.inBackground(toFx::add);
        writes.submit(() -> {
            throw new IOException("disk full: runs/abc.epochlab-run.json");
        }, e -> failures.add(e.getMessage()));
        writes.submit(() -> done.add("after"), e -> failures.add("unexpected"));
        writes.awaitIdle();

        assertThat(done).containsExactly("after");
        assertThat(failures).isEmpty(); // not yet: only once the FX thread runs what it was handed
        assertThat(toFx).hasSize(1);
        toFx.get(0).run();
        assertThat(failures).containsExactly("disk full: runs/abc.epochlab-run.json");
        writes.close();
    }

    @Test
    void anUncheckedErrorInAWriteStillReachesTheFailureHandler() {
        List<Runnable> toFx = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = new ArrayList<>();
        WorkspaceWrites writes = WorkspaceWrites.inBackground(toFx::add);
        writes.submit(() -> {
            throw new IllegalStateException("the run 1 is not the journal's 2");
        }, e -> failures.add(e.getMessage()));
        writes.awaitIdle();

        assertThat(toFx).hasSize(1);
        toFx.get(0).run();
        assertThat(failures).singleElement().asString().contains("the run 1 is not the journal's 2");
        writes.close();
    }

    @Test
    void closingWaitsForTheWritesAlreadyAskedForAndIgnoresLaterOnes() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        WorkspaceWrites writes = WorkspaceWrites.inBackground(Runnable::run);
        writes.submit(() -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.add("slow");
        }, e -> { });
        writes.submit(() -> done.add("queued"), e -> { });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(writes::close);
        closer.start();
        release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(15));

        assertThat(closer.isAlive()).isFalse();
        assertThat(done).containsExactly("slow", "queued");
        writes.submit(() -> done.add("after close"), e -> { });
        writes.awaitIdle();
        assertThat(done).containsExactly("slow", "queued");
    }

    @Test
    void immediateWritesRunOnTheCallersThreadAndReportAtOnce() {
        List<String> seen = new ArrayList<>();
        WorkspaceWrites writes = WorkspaceWrites.immediate();
        writes.submit(() -> seen.add(Thread.currentThread().getName()), e -> seen.add("failed"));
        writes.submit(() -> {
            throw new IOException("read-only folder");
        }, e -> seen.add(e.getMessage()));

        assertThat(seen).containsExactly(Thread.currentThread().getName(), "read-only folder");
    }
}
