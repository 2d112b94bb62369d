#!/usr/bin/env python3
"""{{TITLE}} in PyTorch.

Exported from Epoch Lab: the same rows ({{DATA_CSV}}, already split and scaled by the lab), the same
network, initial-weight schemes, optimizer, penalties, dropout, early stopping and epochs.

    python3 {{SCRIPT}}                 PyTorch draws the initial weights (same schemes, its own random numbers)
    python3 {{SCRIPT}} --lab-weights   starts from the lab's exact initial weights ({{WEIGHTS_JSON}})

Needs torch, numpy and matplotlib. Prints the losses of every epoch and writes history.csv (the first five
columns of the lab's history.csv) and loss.png (training and validation loss per epoch) beside this file,
or into --out DIR.

The losses follow the lab's closely but not to the last digit: the random numbers for the initial weights,
the shuffle order and the dropout masks come from PyTorch's generators, not the lab's. With --lab-weights
and full-batch training without dropout (nothing random left) they agree to many digits.
"""
import argparse
import csv
import json
import math
from pathlib import Path

import torch
from torch import nn

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

# The lab computes in double precision; so does this script (PyTorch's default is float32).
torch.set_default_dtype(torch.float64)


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
    return {name: (torch.tensor(xs).reshape(-1, features), torch.tensor(ys, dtype=torch.long))
            for name, (xs, ys) in splits.items()}


def build_model(inputs):
    """Dense layers; each hidden one is followed by its activation (and dropout), the last gives logits."""
    layers = []
    width = inputs
    for units in HIDDEN_LAYERS:
        layers += [nn.Linear(width, units), {{ACTIVATION}}]
        if DROPOUT > 0:
            layers.append(nn.Dropout(DROPOUT))  # inverted dropout, as the lab: kept units scaled by 1/(1-p)
        width = units
    layers.append(nn.Linear(width, OUTPUT_UNITS))  # the output layer; data_loss applies its output function
    return nn.Sequential(*layers)


def linear_layers(model):
    return [m for m in model if isinstance(m, nn.Linear)]


@torch.no_grad()
def initialize(model):
    """The lab's initial-weight schemes: {{WEIGHT_INIT_NAME}} for the weights, {{BIAS_INIT_NAME}} for the biases.

    fan_in and fan_out are a layer's input and output widths (PyTorch stores W as fan_out x fan_in).
    """
    for layer in linear_layers(model):
        fan_in, fan_out = layer.in_features, layer.out_features
{{WEIGHT_INIT}}
{{BIAS_INIT}}


@torch.no_grad()
def load_lab_weights(model, path):
    """The lab's initial weights. The lab's W is fan_in x fan_out (z = x W + b), PyTorch's its transpose."""
    saved = json.loads(path.read_text(encoding="utf-8"))["layers"]
    layers = linear_layers(model)
    if len(saved) != len(layers):
        raise SystemExit(f"{path} has {len(saved)} layers, the model {len(layers)}")
    for layer, values in zip(layers, saved):
        layer.weight.copy_(torch.tensor(values["weights"]).T)
        layer.bias.copy_(torch.tensor(values["bias"]))


{{LOSS_FUNCTIONS}}

def penalty(model):
    """L1 * sum|w| + 1/2 * L2 * sum w^2 over every layer's weights, never the biases, added to the loss.

    (The optimizer's weight_decay would also shrink the biases, and in Adam it acts differently.)
    """
    total = 0.0
    for layer in linear_layers(model):
        if L1 > 0:
            total = total + L1 * layer.weight.abs().sum()
        if L2 > 0:
            total = total + 0.5 * L2 * (layer.weight ** 2).sum()
    return total


@torch.no_grad()
def evaluate(model, x, y):
    """The lab's per-epoch numbers for a whole split: data loss (no penalty) and accuracy, dropout off."""
    if len(y) == 0:
        return math.nan, math.nan
    model.eval()
    logits = model(x)
    return data_loss(logits, y).item(), (predict(logits) == y).double().mean().item()


class EarlyStopping:
    """Keras's EarlyStopping(monitor="val_loss", mode="min"), the rule the lab applies.

    Epochs up to START_FROM_EPOCH are not watched. Every watched epoch adds one to the wait; an epoch
    improves when val_loss + min_delta < best, which records the new best (and its weights) and sets the
    wait back to 0. Once the wait reaches the patience, training stops. The weights of the first watched
    epoch are kept too, so there is always something to restore.
    """

    def __init__(self, patience, min_delta, start_from_epoch, restore_best_weights):
        self.patience = patience
        self.min_delta = min_delta
        self.start_from_epoch = start_from_epoch
        self.restore_best_weights = restore_best_weights
        self.best = math.inf
        self.best_epoch = 0
        self.best_state = None
        self.wait = 0

    def should_stop(self, epoch, val_loss, model):
        if epoch <= self.start_from_epoch:
            return False
        if self.restore_best_weights and self.best_state is None:
            self.keep(epoch, model)
        self.wait += 1
        if val_loss + self.min_delta < self.best:
            self.best = val_loss
            self.wait = 0
            if self.restore_best_weights:
                self.keep(epoch, model)
            return False
        return self.wait >= self.patience and epoch > 1

    def keep(self, epoch, model):
        self.best_epoch = epoch
        self.best_state = {name: value.clone() for name, value in model.state_dict().items()}


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
    ax.set_title(f"{TITLE} (PyTorch)")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(fig)


def main():
    parser = argparse.ArgumentParser(description=f"Trains {TITLE} as Epoch Lab does, in PyTorch.")
    parser.add_argument("--lab-weights", action="store_true",
                        help=f"start from the lab's initial weights ({WEIGHTS_JSON}) instead of drawing new ones")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for history.csv and loss.png")
    args = parser.parse_args()

    data = load_data(HERE / DATA_CSV)
    x_train, y_train = data["train"]
    x_val, y_val = data["validation"]
    x_test, y_test = data["test"]

    torch.manual_seed(INIT_SEED)  # the initial weights have a seed of their own, as in the lab
    model = build_model(x_train.shape[1])
    initialize(model)
    if args.lab_weights:
        load_lab_weights(model, HERE / WEIGHTS_JSON)
    torch.manual_seed(SHUFFLE_SEED)  # the shuffle order and the dropout masks come from the second seed

{{OPTIMIZER_FORMULA}}
    optimizer = {{OPTIMIZER}}
    stopper = EarlyStopping(PATIENCE, MIN_DELTA, START_FROM_EPOCH, RESTORE_BEST_WEIGHTS) \
        if EARLY_STOPPING and len(y_val) > 0 else None

    n = len(y_train)
    batch = n if BATCH_SIZE == 0 or BATCH_SIZE >= n else BATCH_SIZE  # the last batch takes the rest
    history = []
    for epoch in range(1, EPOCHS + 1):
        # One epoch: one pass over the training rows, one weight update per mini-batch.
        model.train()
        order = torch.randperm(n) if SHUFFLE else torch.arange(n)
        for start in range(0, n, batch):
            rows = order[start:start + batch]
            optimizer.zero_grad()
            loss = data_loss(model(x_train[rows]), y_train[rows]) + penalty(model)
            loss.backward()
            optimizer.step()

        train_loss, train_acc = evaluate(model, x_train, y_train)
        val_loss, val_acc = evaluate(model, x_val, y_val)
        history.append((epoch, train_loss, val_loss, train_acc, val_acc))
        print(f"epoch {epoch}/{EPOCHS}  train_loss {train_loss:.6f}  val_loss {val_loss:.6f}"
              f"  train_acc {train_acc:.4f}  val_acc {val_acc:.4f}", flush=True)

        if not math.isfinite(train_loss) or (len(y_val) > 0 and not math.isfinite(val_loss)):
            print(f"diverged at epoch {epoch}: the loss is no longer a finite number; try a smaller learning rate")
            break
        if stopper is not None and stopper.should_stop(epoch, val_loss, model):
            print(f"early stopping at epoch {epoch}: no improvement for {PATIENCE} epochs")
            break

    if stopper is not None and stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)
        print(f"restored the weights of epoch {stopper.best_epoch}")
    if len(y_test) > 0:
        test_loss, test_acc = evaluate(model, x_test, y_test)
        print(f"test_loss {test_loss:.6f}  test_acc {test_acc:.4f}")

    args.out.mkdir(parents=True, exist_ok=True)
    write_history(args.out / "history.csv", history)
    plot(args.out / "loss.png", history)
    print(f"wrote {args.out / 'history.csv'} and {args.out / 'loss.png'}")


if __name__ == "__main__":
    main()
