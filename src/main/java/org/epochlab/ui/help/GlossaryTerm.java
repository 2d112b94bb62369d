package org.epochlab.ui.help;

/** The words of the lab, each with a short paragraph a student can read in half a minute. */
public enum GlossaryTerm {
    EPOCH("Epoch", "An epoch is one pass over the whole training set: every training example is used once. "
            + "With 1,000 examples and mini-batches of 32, one epoch is 32 weight updates (31 full batches "
            + "and one of 8). Training usually takes many epochs; the chart shows one point per epoch."),
    BATCH("Batch", "A batch (or mini-batch) is the group of training examples whose gradients are averaged "
            + "for one weight update. Small batches give many noisy updates per epoch; a full batch gives one "
            + "exact update per epoch. Typical sizes are 16 to 256."),
    ITERATION("Iteration", "An iteration is one weight update: forward pass, backward pass and optimizer step "
            + "on one batch. Iterations per epoch = training examples ÷ batch size, rounded up."),
    LEARNING_RATE("Learning rate", "The learning rate is the size of each step down the gradient: "
            + "w ← w − η·∂L/∂w. Too small and the loss falls very slowly; too large and it jumps around or "
            + "grows without bound (diverges)."),
    OVERFITTING("Overfitting", "A model overfits when it learns the training examples, noise included, instead "
            + "of the pattern behind them: training loss keeps falling while validation loss stops falling and "
            + "starts to rise. The lab shades the epochs after that turn."),
    GENERALIZATION_GAP("Generalization gap", "The generalization gap is validation loss minus training loss: how "
            + "much worse the model does on examples it has not trained on. A small gap generalizes well; a gap "
            + "that keeps widening is a sign of overfitting."),
    EARLY_STOPPING("Early stopping", "Early stopping ends training when the validation loss has not improved "
            + "by at least the minimum delta for a number of epochs (the patience), and can restore the weights "
            + "of the best epoch. It saves time and stops before overfitting gets worse."),
    INITIALIZATION("Initialization", "Initialization chooses the weights before the first update. Schemes such "
            + "as Xavier (Glorot) and He draw small random values scaled by the number of inputs, so signals and "
            + "gradients keep a sensible size from layer to layer."),
    SYMMETRY("Symmetry", "If all weights start equal (for example all zero), every neuron of a layer computes "
            + "the same output and gets the same gradient, so they stay identical forever: the layer acts like a "
            + "single neuron. Random initialization breaks this symmetry."),
    REGULARIZATION("Regularization", "Regularization makes a model prefer simpler solutions so that it "
            + "generalizes better. L2 (weight decay) adds ½λ·Σw² to the loss, pulling weights towards zero; "
            + "dropout silences each hidden neuron with probability p in every training pass, so no neuron can "
            + "rely on another.");

    private final String title;
    private final String text;

    GlossaryTerm(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return title;
    }
}
