package org.epochlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A network being trained, one epoch at a time. Owns every mutable matrix (weights, optimizer
 * state, workspaces allocated once); confined to the thread that trains it. Between epochs the
 * learning rate, L2 and dropout may change; they apply from the next epoch. Those three setters,
 * alone, may be called from any thread (a slider in the window): each epoch reads the latest
 * values once, at its start.
 *
 * <p>One epoch is one pass over the training set in mini-batches of {@code batchSize} rows (the
 * last batch takes the rest, so it may be shorter), one weight update per batch. Full batch
 * ({@code batchSize} 0 or ≥ n) makes one update per epoch from the exact gradient; smaller batches
 * make more, noisier updates. After the pass, both splits are scored with dropout off.
 *
 * <p>Memory: the network's workspaces hold max(batch, min(512, largest split)) rows. Training
 * passes use the first {@code batch} rows of them (the shorter last batch reshapes the same
 * arrays); scoring a split walks it in chunks of the full capacity. Nothing is allocated per
 * mini-batch; an epoch allocates only its record (and a copy of its visiting order when the control's
 * {@link EpochProgress} follows it).
 *
 * <p>Randomness: the initial weights come from a generator seeded with {@code initSeed}; the shuffle
 * order and the dropout masks from a second generator seeded with {@code shuffleSeed}. Nothing else
 * is random, so the same config, data and seeds give the same history to the last bit.
 */
public final class TrainingSession {

    /** Rows per evaluation chunk when the training batch is smaller. */
    private static final int EVALUATION_CHUNK = 512;

    private final TrainerConfig config;
    private final Samples train;
    private final Samples validation;
    private final Network network;
    private final Optimizer optimizer;
    private final SplittableRandom shuffleRandom;
    private final int batchSize;
    private final int[] order;
    private final double[] gradientNormSums;
    private final NeuronStatistics[] neuronStatistics;
    /** Confusion counts of the per-epoch scoring, reused every epoch. */
    private final int[][] epochConfusion;

    private volatile double pendingLearningRate;
    private volatile double pendingL2;
    private volatile double pendingDropout;

    private int epoch;
    private long updates;
    private long samplesSeen;

    /**
     * Builds the network (inputs = train.cols(), outputs = config.outputLoss().outputUnits(train.classes()))
     * and draws its initial weights from {@code config.initSeed()}.
     *
     * @param validation may be null (no validation split)
     */
    public TrainingSession(TrainerConfig config, Samples train, Samples validation) {
        if (train == null || train.isEmpty()) {
            throw new IllegalArgumentException("the training split is empty");
        }
        if (validation != null && validation.isEmpty()) {
            validation = null;
        }
        if (validation != null && (validation.cols() != train.cols() || validation.classes() != train.classes())) {
            throw new IllegalArgumentException("the validation split has " + validation.cols() + " features and "
                    + validation.classes() + " classes, the training split " + train.cols() + " and "
                    + train.classes());
        }
        this.config = config;
        this.train = train;
        this.validation = validation;
        int n = train.rows();
        this.batchSize = config.batchSize() == 0 || config.batchSize() >= n ? n : config.batchSize();
        int largestSplit = Math.max(n, validation == null ? 0 : validation.rows());
        int capacity = Math.max(batchSize, Math.min(EVALUATION_CHUNK, largestSplit));

        List<Integer> hidden = config.hiddenLayers();
        int[] widths = new int[hidden.size() + 2];
        widths[0] = train.cols();
        for (int i = 0; i < hidden.size(); i++) {
            widths[i + 1] = hidden.get(i);
        }
        widths[widths.length - 1] = config.outputLoss().outputUnits(train.classes());
        this.network = new Network(widths, config.activation(), config.outputLoss(), capacity);
        network.initialize(config.weightInit(), config.biasInit(), new SplittableRandom(config.initSeed()));
        this.optimizer = Optimizer.create(config.optimizer(), network.parameterSizes());
        this.shuffleRandom = new SplittableRandom(config.shuffleSeed());

        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        this.gradientNormSums = new double[network.layerCount()];
        this.neuronStatistics = new NeuronStatistics[hidden.size()];
        for (int l = 0; l < hidden.size(); l++) {
            neuronStatistics[l] = new NeuronStatistics(widths[l], widths[l + 1]);
        }
        this.epochConfusion = new int[train.classes()][train.classes()];
        this.pendingLearningRate = config.optimizer().learningRate();
        this.pendingL2 = config.l2();
        this.pendingDropout = config.dropout();
    }

    /** Epochs completed so far. */
    public int epoch() {
        return epoch;
    }

    /** Weight updates so far, one per mini-batch, including those of a cancelled partial epoch. */
    public long updates() {
        return updates;
    }

    /** The rows per mini-batch actually used: the configured size, or n for full batch. */
    public int effectiveBatchSize() {
        return batchSize;
    }

    public boolean hasValidation() {
        return validation != null;
    }

    Samples trainSamples() {
        return train;
    }

    /** The validation split, null if none. */
    Samples validationSamples() {
        return validation;
    }

    /**
     * Runs one epoch (shuffle if configured, one update per mini-batch, then the epoch's metrics),
     * calling {@code control.checkpoint()} before every mini-batch.
     *
     * @return the epoch's record, or null if the control cancelled it part-way (the partial epoch
     *         is not counted)
     */
    public EpochRecord runEpoch(TrainingControl control) {
        double learningRate = pendingLearningRate;
        double l2 = pendingL2;
        double dropout = pendingDropout;
        double l1 = config.l1();
        int n = train.rows();
        if (config.shuffle()) {
            shuffle();
        }
        Arrays.fill(gradientNormSums, 0.0);
        EpochProgress progress = control.progress();
        progress.epochStarted(epoch + 1, n, batchSize, order);
        int batches = 0;
        for (int from = 0; from < n; from += batchSize) {
            if (!control.checkpoint()) {
                return null;
            }
            int count = Math.min(batchSize, n - from);
            network.load(train, order, from, count);
            network.computeGradients(dropout, shuffleRandom, l1, l2);
            for (int l = 0; l < gradientNormSums.length; l++) {
                gradientNormSums[l] += Network.frobeniusNorm(network.weightGradients[l]);
            }
            network.applyUpdate(optimizer, learningRate);
            updates++;
            samplesSeen += count;
            batches++;
            progress.used(epoch + 1, from + count);
        }
        epoch++;
        return record(learningRate, batches);
    }

    private EpochRecord record(double learningRate, int batches) {
        double trainLoss = meanLoss(train, epochConfusion);
        double trainAccuracy = accuracy(epochConfusion, train.rows());
        double valLoss = Double.NaN;
        double valAccuracy = Double.NaN;
        if (validation != null) {
            valLoss = meanLoss(validation, epochConfusion);
            valAccuracy = accuracy(epochConfusion, validation.rows());
        }
        int layers = network.layerCount();
        List<Double> weightNorms = new ArrayList<>(layers);
        List<Double> gradientNorms = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            weightNorms.add(Network.frobeniusNorm(network.weights[l]));
            gradientNorms.add(gradientNormSums[l] / batches);
        }
        List<Integer> distinct = new ArrayList<>(neuronStatistics.length);
        List<Double> cosine = new ArrayList<>(neuronStatistics.length);
        for (int l = 0; l < neuronStatistics.length; l++) {
            NeuronStatistics stats = neuronStatistics[l];
            stats.load(network.weights[l], network.biases[l]);
            distinct.add(stats.distinctCount());
            cosine.add(stats.meanCosineSimilarity());
        }
        return new EpochRecord(epoch, trainLoss, trainAccuracy, valLoss, valAccuracy, updates, samplesSeen,
                learningRate, weightNorms, gradientNorms, distinct, cosine);
    }

    /** Fisher–Yates: every permutation equally likely, drawn from the shuffle generator. */
    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffleRandom.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Applies from the next epoch; safe to call from any thread. */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        pendingLearningRate = learningRate;
    }

    /** λ₂ for the weights; applies from the next epoch; safe to call from any thread. */
    public void setL2(double l2) {
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("L2 must be ≥ 0, got " + l2);
        }
        pendingL2 = l2;
    }

    /** Dropout probability of hidden units; applies from the next epoch; safe to call from any thread. */
    public void setDropout(double dropout) {
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        pendingDropout = dropout;
    }

    /** A copy of the current parameters. */
    public NetworkWeights weights() {
        return network.snapshot();
    }

    /** Replaces the current parameters (e.g. to restore the best epoch's). Optimizer state is kept. */
    public void restore(NetworkWeights weights) {
        network.restore(weights);
    }

    /** Loss (without penalty), accuracy and confusion of the current weights on {@code samples}, no dropout. */
    public Evaluation evaluate(Samples samples) {
        if (samples.cols() != network.width(0)) {
            throw new IllegalArgumentException("the network takes " + network.width(0) + " features, the samples have "
                    + samples.cols());
        }
        if (samples.classes() != train.classes()) {
            throw new IllegalArgumentException("the network was trained on " + train.classes()
                    + " classes, the samples have " + samples.classes());
        }
        int[][] confusion = new int[samples.classes()][samples.classes()];
        double loss = meanLoss(samples, confusion);
        return new Evaluation(loss, accuracy(confusion, samples.rows()), confusion);
    }

    /**
     * Mean loss over every row, without dropout, scored in chunks that fit the workspaces.
     *
     * @param confusion cleared, then confusion[actual][predicted] counted. Modified.
     */
    private double meanLoss(Samples samples, int[][] confusion) {
        for (int[] row : confusion) {
            Arrays.fill(row, 0);
        }
        int rows = samples.rows();
        int chunk = network.capacity();
        double total = 0;
        for (int from = 0; from < rows; from += chunk) {
            network.loadInPlace(samples, from, Math.min(chunk, rows - from));
            total += network.score(confusion);
        }
        return rows == 0 ? Double.NaN : total / rows;
    }

    /** The fraction of rows on the confusion matrix's diagonal. */
    private static double accuracy(int[][] confusion, int rows) {
        int correct = 0;
        for (int c = 0; c < confusion.length; c++) {
            correct += confusion[c][c];
        }
        return rows == 0 ? Double.NaN : (double) correct / rows;
    }
}
