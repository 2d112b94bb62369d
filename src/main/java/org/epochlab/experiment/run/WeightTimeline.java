package org.epochlab.experiment.run;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingListener;

/**
 * Weight snapshots of a run for the epoch scrubber, within a memory budget.
 *
 * <p>Policy. A snapshot costs {@link #bytesPerSnapshot} bytes (8 per weight and bias, plus a little per
 * layer); the budget (by default {@value #DEFAULT_BUDGET_BYTES} bytes, 64 MB) allows
 * C = max(4, min({@value #MAX_SNAPSHOTS}, budget / cost)) snapshots: the scrubber is a few hundred pixels wide, so
 * more positions than that cannot be told apart, and every snapshot kept is memory the garbage collector copies
 * while the run trains (with 64 MB of digits snapshots, its young pauses grew past a frame). While every
 * epoch's snapshot fits in C, every epoch is kept. Beyond
 * that the timeline keeps
 * <ul>
 *   <li>epoch 0, the initial weights;</li>
 *   <li>every k-th epoch, where the stride k starts at 1 and doubles whenever the snapshots would exceed C;</li>
 *   <li>the best epoch so far (lowest validation loss, the first on ties, as {@code OverfittingAnalysis}
 *       defines it);</li>
 *   <li>the last epoch.</li>
 * </ul>
 * So a long run keeps about C/2 to C snapshots spread evenly over it (never more than C), and the scrubber shows any epoch
 * by its nearest kept one ({@link #nearest}). The last epoch cannot be known in advance, so every epoch is
 * taken from the engine ({@link #wantsWeights} is always true: one copy of the parameters per epoch) and the
 * previous last one is dropped unless the policy keeps it.
 *
 * <p>Use it as the run's {@link TrainingListener}, or forward {@code onEpoch}, {@code wantsWeights} and
 * {@code onWeights} to it from the window's listener. The engine calls it on the training thread; the
 * scrubber reads it from any other: every method is synchronized, and snapshots are immutable.
 */
public final class WeightTimeline implements TrainingListener {

    public static final long DEFAULT_BUDGET_BYTES = 64L * 1024 * 1024;
    /** Epoch 0, the best and the last, and room for one stride point. */
    static final int MIN_SNAPSHOTS = 4;
    /** At most this many snapshots, however small the network. */
    public static final int MAX_SNAPSHOTS = 512;
    private static final int BYTES_PER_LAYER = 128;

    /** The weights at the end of an epoch (epoch 0: before the first update). */
    public record Snapshot(int epoch, NetworkWeights weights) {
    }

    private final long budgetBytes;
    private final TreeMap<Integer, NetworkWeights> kept = new TreeMap<>();
    private int capacity = -1;
    private int stride = 1;
    private int bestEpoch;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int lastEpoch = -1;
    /** Epochs that were the best until a later one beat them: kept only while the stride keeps them. */
    private final ArrayDeque<Integer> formerBests = new ArrayDeque<>();

    public WeightTimeline() {
        this(DEFAULT_BUDGET_BYTES);
    }

    public WeightTimeline(long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("the snapshot budget must be > 0 bytes, got " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** Memory one snapshot of {@code weights} takes, roughly: its doubles plus a small overhead per layer. */
    public static long bytesPerSnapshot(NetworkWeights weights) {
        long bytes = 0;
        for (LayerWeights layer : weights.layers()) {
            bytes += 8L * ((long) layer.inputs() * layer.outputs() + layer.outputs()) + BYTES_PER_LAYER;
        }
        return bytes;
    }

    /** Notes the epoch's validation loss, to know the best epoch when its weights arrive. */
    @Override
    public synchronized void onEpoch(EpochRecord record) {
        if (record.valLoss() < bestLoss) {
            if (bestLoss < Double.POSITIVE_INFINITY) {
                formerBests.add(bestEpoch);
            }
            bestLoss = record.valLoss();
            bestEpoch = record.epoch();
        }
    }

    @Override
    public boolean wantsWeights(int epoch) {
        return true;
    }

    @Override
    public synchronized void onWeights(int epoch, NetworkWeights weights) {
        if (capacity < 0) {
            capacity = (int) Math.max(MIN_SNAPSHOTS, Math.min(MAX_SNAPSHOTS, budgetBytes / bytesPerSnapshot(weights)));
        }
        int previousLast = lastEpoch;
        lastEpoch = epoch;
        kept.put(epoch, weights);
        // only the previous last epoch and former bests can have lost their place since the last call
        // (the stride changes below, where everything is checked again): O(log n) per epoch, not O(n)
        dropUnlessKept(previousLast);
        while (!formerBests.isEmpty()) {
            dropUnlessKept(formerBests.poll());
        }
        while (kept.size() > capacity) {
            stride *= 2;
            kept.keySet().removeIf(e -> !keeps(e));
        }
    }

    private void dropUnlessKept(int epoch) {
        if (epoch >= 0 && !keeps(epoch)) {
            kept.remove(epoch);
        }
    }

    private boolean keeps(int epoch) {
        return epoch == 0 || epoch % stride == 0 || epoch == bestEpoch || epoch == lastEpoch;
    }

    /** The kept snapshot closest to {@code epoch} (the earlier one on a tie); empty before any. */
    public synchronized Optional<Snapshot> nearest(int epoch) {
        Map.Entry<Integer, NetworkWeights> below = kept.floorEntry(epoch);
        Map.Entry<Integer, NetworkWeights> above = kept.ceilingEntry(epoch);
        Map.Entry<Integer, NetworkWeights> pick;
        if (below == null) {
            pick = above;
        } else if (above == null) {
            pick = below;
        } else {
            pick = epoch - below.getKey() <= above.getKey() - epoch ? below : above;
        }
        return pick == null ? Optional.empty() : Optional.of(new Snapshot(pick.getKey(), pick.getValue()));
    }

    /** The snapshot of exactly {@code epoch}, if kept. */
    public synchronized Optional<Snapshot> at(int epoch) {
        NetworkWeights weights = kept.get(epoch);
        return weights == null ? Optional.empty() : Optional.of(new Snapshot(epoch, weights));
    }

    /** The best epoch's snapshot (lowest validation loss so far); empty without validation. */
    public synchronized Optional<Snapshot> best() {
        return bestEpoch > 0 ? at(bestEpoch) : Optional.empty();
    }

    /** The latest snapshot. */
    public synchronized Optional<Snapshot> latest() {
        return lastEpoch >= 0 ? at(lastEpoch) : Optional.empty();
    }

    /** The kept epochs, ascending (tick marks for the scrubber). */
    public synchronized int[] keptEpochs() {
        return kept.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every k-th epoch is kept; 1 while every epoch fits. */
    public synchronized int stride() {
        return stride;
    }

    /** How many snapshots the budget allows (known from the first snapshot on; 0 before it). */
    public synchronized int capacity() {
        return Math.max(0, capacity);
    }

    /** Roughly the memory the kept snapshots take. */
    public synchronized long bytesKept() {
        return kept.isEmpty() ? 0 : kept.size() * bytesPerSnapshot(kept.firstEntry().getValue());
    }
}
