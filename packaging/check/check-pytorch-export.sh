#!/bin/sh
# Exports a preset as a PyTorch script, runs it with Debian's python3-torch (twice: from PyTorch's own
# initial weights and from the lab's), trains the same config in the lab, and compares the per-epoch losses.
#
#   packaging/check/check-pytorch-export.sh [PRESET [--set KEY=VALUE]...]     (default: overfitting)
#
# Needs target/epoch-lab.jar (./mvnw package) and /usr/bin/python3 with torch and matplotlib
# (Debian: apt-get install python3-torch python3-matplotlib). Stops with an error if any step fails.
set -eu
cd "$(dirname "$0")/../.."
PRESET=${1:-overfitting}
[ $# -gt 0 ] && shift
JAR=target/epoch-lab.jar
PYTHON=${PYTHON:-/usr/bin/python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/epoch-lab-check.XXXXXX")

[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package first" >&2; exit 1; }
"$PYTHON" -c "import torch, matplotlib" || { echo "$PYTHON has no torch or matplotlib" >&2; exit 1; }

java -jar "$JAR" export-script --preset "$PRESET" "$@" --framework pytorch --out "$WORK/export"
java -jar "$JAR" train --preset "$PRESET" "$@" --out "$WORK/lab"
"$PYTHON" "$WORK/export/train_pytorch.py" --out "$WORK/torch" | tail -n 2
"$PYTHON" "$WORK/export/train_pytorch.py" --lab-weights --out "$WORK/torch-lab-weights" | tail -n 2

echo
echo "== PyTorch's own initial weights (torch.manual_seed(initSeed)) vs the lab"
java -cp "$JAR" packaging/check/CompareHistories.java "$WORK/lab/history.csv" "$WORK/torch/history.csv"
echo
echo "== the lab's initial weights (--lab-weights) vs the lab"
java -cp "$JAR" packaging/check/CompareHistories.java "$WORK/lab/history.csv" "$WORK/torch-lab-weights/history.csv" \
    | tee "$WORK/lab-weights.txt"
echo
echo "files in $WORK (loss.png in torch/ and torch-lab-weights/)"
