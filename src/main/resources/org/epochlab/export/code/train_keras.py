#!/usr/bin/env python3
"""{{TITLE}} in Keras 3.

Exported from Epoch Lab: the same rows ({{DATA_CSV}}, already split and scaled by the lab), the same
network, initial-weight schemes, optimizer, penalties, dropout, early stopping and epochs.

    python3 {{SCRIPT}}                 Keras draws the initial weights (same schemes, its own random numbers)
    python3 {{SCRIPT}} --lab-weights   starts from the lab's exact initial weights ({{WEIGHTS_JSON}})

Needs keras 3 with a backend (TensorFlow, JAX or PyTorch), numpy and matplotlib. Prints the losses of every
epoch and writes history.csv (the first five columns of the lab's history.csv) and loss.png (training and
validation loss per epoch) beside this file, or into --out DIR.

The losses printed and plotted are the lab's: the data loss over each whole split at the end of the epoch,
without the L1/L2 penalty and without dropout. Keras's own "loss" is a running mean over the epoch's
batches, with dropout on and the penalty included, so it is not the same number. The curves follow the
lab's closely but not to the last digit: the random numbers come from Keras's generators, and the
optimizer comment below says where Keras's update differs from the lab's.
"""
import argparse
import csv
import json
import math
from pathlib import Path

import numpy as np
import keras

import matplotlib

matplotlib.use("Agg")  # draws into a file, so the script runs without a display
import matplotlib.pyplot as plt

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------
# The experiment, as configured in the lab
# ---------------------------------------------------------------------------------------------------------
TITLE = {{TITLE_LITERAL}}
DATA_CSV = {{DATA_CSV_LITERAL}}
WEIGHTS_JSON = {{WEIGHTS_JSON_LITERAL}}
CLASS_NAMES = {{CLASS_NAMES}}  # the label column holds the index into this list
HIDDEN_LAYERS = {{HIDDEN_LAYERS}}  # units per hidden layer, input side first
OUTPUT_UNITS = {{OUTPUT_UNITS}}
EPOCHS = {{EPOCHS}}
BATCH_SIZE = {{BATCH_SIZE}}  # rows per weight update; 0 = the whole training split (full batch)
SHUFFLE = {{SHUFFLE}}  # reshuffle the training rows at the start of every epoch
LEARNING_RATE = {{LEARNING_RATE}}
L1 = {{L1}}  # adds L1 * sum|w| to the loss (weights only, not biases)
L2 = {{L2}}  # adds 1/2 * L2 * sum w^2 to the loss (weights only, not biases)
DROPOUT = {{DROPOUT}}  # probability of dropping each hidden unit in training passes
EARLY_STOPPING = {{EARLY_STOPPING}}
PATIENCE = {{PATIENCE}}  # epochs without improvement before stopping
MIN_DELTA = {{MIN_DELTA}}  # an epoch improves when val_loss < best - MIN_DELTA
START_FROM_EPOCH = {{START_FROM_EPOCH}}  # epochs 1..START_FROM_EPOCH are not watched
RESTORE_BEST_WEIGHTS = {{RESTORE_BEST_WEIGHTS}}
INIT_SEED = {{INIT_SEED}}  # seeds the initial weights
SHUFFLE_SEED = {{SHUFFLE_SEED}}  # seeds the shuffle order and the dropout masks

# The lab computes in double precision; so does this script (Keras's default is float32).
keras.config.set_floatx("float64")


def load_data(path):
    """The lab's rows: {"train": (x, y), "validation": (x, y), "test": (x, y)}, in the lab's order.

    The file's last two columns are the label (a class index) and the split; the others are the features,
    already standardized by the lab if the config asked for it (with the training split's mean and std).
    """
    splits = {"train": ([], []), "validation": ([], []), "test": ([], [])}
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        features = len(next(reader)) - 2
        for row in reader:
            xs, ys = splits[row[-1]]
            xs.append([float(v) for v in row[:features]])
            ys.append(int(row[-2]))
    return {name: (np.array(xs, dtype="float64").reshape(-1, features), np.array(ys, dtype="int64"))
            for name, (xs, ys) in splits.items()}


def weight_init(seed):
    """The lab's {{WEIGHT_INIT_NAME}} for a kernel (fan_in x fan_out, as the lab stores W)."""
    return {{WEIGHT_INIT}}


def bias_init(seed, fan_in, fan_out):
    """The lab's {{BIAS_INIT_NAME}} for a bias vector, with the layer's fan_in and fan_out."""
    return {{BIAS_INIT}}


def build_model(inputs):
    """Dense layers; each hidden one has the activation (and dropout after it), the last gives logits.

    Each initializer gets a seed of its own (INIT_SEED + 0, 1, 2, ...): Keras initializers with the same
    seed draw the same numbers, so two layers of the same shape would otherwise start identical.
    """
    # The lab's penalty L1 sum|w| + 1/2 L2 sum w^2 on the kernels (never the biases) is Keras's
    # L1L2(l1=L1, l2=L2 / 2): Keras's l2 term has no 1/2.
    regularizer = {{REGULARIZER}}
    model = keras.Sequential([keras.Input(shape=(inputs,))])
    fan_in = inputs
    widths = HIDDEN_LAYERS + [OUTPUT_UNITS]
    for index, units in enumerate(widths):
        hidden = index < len(HIDDEN_LAYERS)
        model.add(keras.layers.Dense(
            units,
            activation=({{ACTIVATION}}) if hidden else None,  # the output layer gives logits
            kernel_initializer=weight_init(INIT_SEED + 2 * index),
            bias_initializer=bias_init(INIT_SEED + 2 * index + 1, fan_in, units),
            kernel_regularizer=regularizer))
        if hidden and DROPOUT > 0:
            model.add(keras.layers.Dropout(DROPOUT))  # inverted dropout, as the lab: kept units scaled by 1/(1-p)
        fan_in = units
    return model


def dense_layers(model):
    return [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]


def load_lab_weights(model, path):
    """The lab's initial weights; its W is fan_in x fan_out like a Keras kernel."""
    saved = json.loads(path.read_text(encoding="utf-8"))["layers"]
    layers = dense_layers(model)
    if len(saved) != len(layers):
        raise SystemExit(f"{path} has {len(saved)} layers, the model {len(layers)}")
    for layer, values in zip(layers, saved):
        layer.set_weights([np.array(values["weights"]), np.array(values["bias"])])


{{LOSS_FUNCTIONS}}

def evaluate(model, x, y):
    """The lab's per-epoch numbers for a whole split: data loss (no penalty) and accuracy, dropout off."""
    if len(y) == 0:
        return math.nan, math.nan
    logits = model.predict(x, batch_size=4096, verbose=0)  # inference: dropout off
    loss = float(np.mean(keras.ops.convert_to_numpy(data_loss(targets(y), logits))))
    return loss, float(np.mean(predict(logits) == y))


class LabMetrics(keras.callbacks.Callback):
    """Records and prints the lab's numbers after every epoch; EarlyStopping watches "lab_val_loss"."""

    def __init__(self, data):
        super().__init__()
        self.data = data
        self.history = []

    def on_epoch_end(self, epoch, logs=None):
        train_loss, train_acc = evaluate(self.model, *self.data["train"])
        val_loss, val_acc = evaluate(self.model, *self.data["validation"])
        epoch += 1  # Keras counts from 0, the lab from 1
        self.history.append((epoch, train_loss, val_loss, train_acc, val_acc))
        print(f"epoch {epoch}/{EPOCHS}  train_loss {train_loss:.6f}  val_loss {val_loss:.6f}"
              f"  train_acc {train_acc:.4f}  val_acc {val_acc:.4f}", flush=True)
        if logs is not None:
            logs["lab_val_loss"] = val_loss
        if not math.isfinite(train_loss) or (len(self.data["validation"][1]) > 0 and not math.isfinite(val_loss)):
            print(f"diverged at epoch {epoch}: the loss is no longer a finite number; try a smaller learning rate")
            self.model.stop_training = True


def write_history(path, history):
    """The lab's history.csv layout for these five columns; NaN where there is no validation split."""
    def cell(v):
        return "NaN" if isinstance(v, float) and math.isnan(v) else repr(v)

    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["epoch", "train_loss", "val_loss", "train_acc", "val_acc"])
        for row in history:
            writer.writerow([cell(v) for v in row])


def plot(path, history):
    """Training and validation loss per epoch, the lowest validation loss marked."""
    epochs = [h[0] for h in history]
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.plot(epochs, [h[1] for h in history], label="training loss")
    watched = [h for h in history if math.isfinite(h[2])]
    if watched:
        ax.plot(epochs, [h[2] for h in history], label="validation loss")
        best = min(watched, key=lambda h: h[2])
        ax.axvline(best[0], color="grey", linestyle="--", linewidth=1, label=f"lowest validation loss (epoch {best[0]})")
    ax.set_xlabel("epoch")
    ax.set_ylabel("loss")
    ax.set_title(f"{TITLE} (Keras)")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(fig)


def main():
    parser = argparse.ArgumentParser(description=f"Trains {TITLE} as Epoch Lab does, in Keras.")
    parser.add_argument("--lab-weights", action="store_true",
                        help=f"start from the lab's initial weights ({WEIGHTS_JSON}) instead of drawing new ones")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for history.csv and loss.png")
    args = parser.parse_args()

    data = load_data(HERE / DATA_CSV)
    x_train, y_train = data["train"]
    x_val, y_val = data["validation"]
    x_test, y_test = data["test"]

    # Python's, NumPy's and the backend's generators: the shuffle order and the dropout masks.
    keras.utils.set_random_seed(SHUFFLE_SEED)
    model = build_model(x_train.shape[1])  # the initializers carry their own seeds (INIT_SEED + ...)
    if args.lab_weights:
        load_lab_weights(model, HERE / WEIGHTS_JSON)

{{OPTIMIZER_NOTE}}
    optimizer = {{OPTIMIZER}}
    model.compile(optimizer=optimizer, loss=data_loss)  # Keras adds the regularizers' penalty to this loss

    metrics = LabMetrics(data)
    callbacks = [metrics]
    if EARLY_STOPPING and len(y_val) > 0:
        # The lab's rule is Keras's: start_from_epoch counts the same epochs (Keras's 0-based epoch < N is
        # the lab's 1-based epoch <= N), and the weights are restored at the end of training.
        callbacks.append(keras.callbacks.EarlyStopping(
            monitor="lab_val_loss", mode="min", patience=PATIENCE, min_delta=MIN_DELTA,
            start_from_epoch=START_FROM_EPOCH, restore_best_weights=RESTORE_BEST_WEIGHTS, verbose=1))

    n = len(y_train)
    batch = n if BATCH_SIZE == 0 or BATCH_SIZE >= n else BATCH_SIZE  # the last batch takes the rest
    model.fit(x_train, targets(y_train), batch_size=batch, epochs=EPOCHS, shuffle=SHUFFLE,
              callbacks=callbacks, verbose=0)

    if len(y_test) > 0:
        test_loss, test_acc = evaluate(model, x_test, y_test)
        print(f"test_loss {test_loss:.6f}  test_acc {test_acc:.4f}")

    args.out.mkdir(parents=True, exist_ok=True)
    write_history(args.out / "history.csv", metrics.history)
    plot(args.out / "loss.png", metrics.history)
    print(f"wrote {args.out / 'history.csv'} and {args.out / 'loss.png'}")


if __name__ == "__main__":
    main()
