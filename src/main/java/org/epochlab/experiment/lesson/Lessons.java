package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/** The built-in lessons, in teaching order. */
public final class Lessons {

    private static final List<Integer> WIDTHS = List.of(1, 2, 4, 8, 16, 32, 64);

    private static final List<Lesson> ALL = List.of(
            new Lesson("epoch",
                    "If I set epochs = 1, does the model see each image once? Is an epoch one forward and one backward"
                            + " pass?",
                    "an epoch is one pass over the training set: ceil(n/batch) updates, each example used once",
                    List.of(run("1 epoch", EpochCheck.ONE), run("5 epochs", EpochCheck.FIVE),
                            run("20 epochs", EpochCheck.TWENTY), run("20 epochs, full batch", EpochCheck.FULL)),
                    List.of("Train 1, 5 and 20 epochs on the digits with batch 32. Look at the updates and samples"
                                    + " seen after each epoch: ceil(n/32) more updates, n more images.",
                            "The shorter runs lie exactly on the start of the 20-epoch curve: more epochs carry the"
                                    + " same training on, with each image seen once more per epoch.",
                            "Now train 20 epochs with full batch (batchSize 0): still n images per epoch, but one"
                                    + " update per epoch. Compare its loss with the mini-batch run's after 1 epoch."),
                    new EpochCheck(), null),
            new Lesson("how-many-epochs",
                    "How do we decide the number of epochs? Too many will overfit and too few will not be enough.",
                    "measure training and validation loss per epoch: train while validation loss falls",
                    List.of(run("no early stopping", OverfittingCheck.RUN)),
                    List.of("Train a 64×64 network on 80 noisy points for 200 epochs and watch both losses.",
                            "Both fall at first. Look for the epoch where validation loss is lowest, and for where"
                                    + " it turns up while training loss keeps falling: the overfitting region.",
                            "The best number of epochs is where validation loss is lowest; the test set is not"
                                    + " used to choose it."),
                    new OverfittingCheck(), null),
            new Lesson("early-stopping",
                    "If I use early stopping, does training stop by itself when there is no improvement, so it will"
                            + " not overfit?",
                    "early stopping stops patience epochs after the best epoch and restores the best weights",
                    List.of(run("no early stopping", EarlyStoppingCheck.WITHOUT),
                            run("early stopping, patience 20", EarlyStoppingCheck.WITH)),
                    List.of("Train the same noisy run with early stopping, patience 20.",
                            "Look where it stops: exactly 20 epochs after the best epoch, not at the best epoch.",
                            "Look at the final weights: they are the best epoch's again (restoreBestWeights), so"
                                    + " the model keeps the best validation loss, not the last one."),
                    new EarlyStoppingCheck(), null),
            new Lesson("zero-init",
                    "What happens if we set all the weights to zero instead of random? Will all the neurons end up"
                            + " recognizing the same thing?",
                    "equal starting weights keep every hidden neuron a copy of the others; random weights break the"
                            + " symmetry",
                    List.of(run("zero init, sigmoid", ZeroInitCheck.SIGMOID), run("zero init, tanh", ZeroInitCheck.TANH),
                            run("zero init, ReLU", ZeroInitCheck.RELU), run("constant 0.5, tanh", ZeroInitCheck.CONSTANT),
                            run("random init, tanh", ZeroInitCheck.RANDOM)),
                    List.of("Train a 16×16 network on the moons from zero weights with sigmoid, tanh and ReLU, then"
                                    + " from constant weights, then from random weights.",
                            "Look at the distinct neurons per layer: 1 of 16 for every equal start, at every epoch.",
                            "With sigmoid the identical neurons still learn, but only as much as one neuron can: a"
                                    + " straight boundary. With tanh and ReLU nothing learns but the output bias: the"
                                    + " loss stays at ln 2 = 0.693.",
                            "Random weights give 16 different neurons that together bend the boundary around the"
                                    + " moons."),
                    new ZeroInitCheck(), null),
            new Lesson("fighting-overfitting",
                    "Does regularization (L2, dropout) or more data really help against overfitting?",
                    "L2, dropout and more data each shrink the final gap between validation and training loss",
                    List.of(run("no remedy", RegularizationCheck.BASELINE), run("with L2 0.01", "overfit-l2"),
                            run("with dropout 0.5", "overfit-dropout"), run("with 5× the data", "overfit-more-data")),
                    List.of("Train the noisy overfitting run as it is, then with L2, with dropout and with five"
                                    + " times the data; the seeds stay the same.",
                            "Look at the gap between the validation and the training curve at the last epoch.",
                            "Training loss ends higher with L2 and dropout: they stop the network from fitting the"
                                    + " noise, which is the point."),
                    new RegularizationCheck(), null),
            new Lesson("learning-rate",
                    "Does it depend on the optimizer (Adam, gradient descent) and the learning rate?",
                    "too small crawls, too large diverges, Adam beats plain SGD on the same seeds",
                    List.of(run("SGD, learning rate 0.0003", LearningRateCheck.SMALL),
                            run("SGD, learning rate 0.1", LearningRateCheck.GOOD),
                            run("SGD, learning rate 10", LearningRateCheck.LARGE),
                            run("Adam, learning rate 0.01", LearningRateCheck.ADAM)),
                    List.of("Train the same network on the moons with SGD at learning rates 0.0003, 0.1 and 10, then"
                                    + " with Adam.",
                            "Too small: the loss barely moves. Too large: the loss explodes and the run stops as"
                                    + " diverged. Look at how many epochs each needs to reach the same loss."),
                    new LearningRateCheck(), null),
            new Lesson("width-sweep",
                    "Is a bigger network always better? How many neurons should a layer have?",
                    "training loss falls with width, validation loss is U-shaped: too narrow underfits, too wide"
                            + " overfits",
                    WIDTHS.stream().map(w -> run("width " + w, sweepName(w))).toList(),
                    List.of("Train the noisy circles setup for 200 epochs with 1, 2, 4, … 64 units per hidden layer.",
                            "Plot final training and validation loss against the width: training loss keeps falling,"
                                    + " validation loss falls, bottoms out and rises again.",
                            "Compare with the best validation loss of each run: stopping at the best epoch helps the"
                                    + " big networks most."),
                    new WidthSweepCheck(WIDTHS.stream().map(Lessons::sweepName).toList()),
                    new SweepAxis("hidden units per layer", WIDTHS.stream().map(Integer::doubleValue).toList(), true)));

    private Lessons() {
    }

    public static List<Lesson> all() {
        return ALL;
    }

    public static Optional<Lesson> find(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lesson ids, comma-separated, for messages. */
    public static String ids() {
        List<String> ids = new ArrayList<>();
        for (Lesson lesson : ALL) {
            ids.add(lesson.id());
        }
        return String.join(", ", ids);
    }

    private static String sweepName(int width) {
        return "sweep-width-" + width;
    }

    /** A run of the preset named so; that every lesson's presets exist is a test's job (LessonsTest). */
    private static LessonRun run(String label, String presetName) {
        return new LessonRun(label, presetName);
    }
}
