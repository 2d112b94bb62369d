#!/bin/sh
# Checks every setting the PyTorch export maps (optimizers, losses, activations, initializers, L1/L2, mini-
# batches without shuffle, early stopping, no validation split): each config is exported, trained in the lab
# and run in PyTorch from the lab's initial weights (--lab-weights). With nothing random left (no shuffle
# across batches, no dropout) the two must agree to 1e-9 in every epoch's training and validation loss.
#
#   packaging/check/check-pytorch-mapping.sh
#
# Needs target/epoch-lab.jar (./mvnw package) and /usr/bin/python3 with torch and matplotlib. Prints one
# line per config; exits 1 if any differs by more than 1e-9 or fails to run.
set -u
cd "$(dirname "$0")/../.."
JAR=target/epoch-lab.jar
PYTHON=${PYTHON:-/usr/bin/python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/epoch-lab-mapping.XXXXXX")
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package first" >&2; exit 1; }
FAILED=0

check() {
    name=$1
    shift
    dir="$WORK/$name"
    if ! java -jar "$JAR" export-script "$@" --framework pytorch --out "$dir/export" > /dev/null \
        || ! java -jar "$JAR" train "$@" --out "$dir/lab" > /dev/null \
        || ! "$PYTHON" "$dir/export/train_pytorch.py" --lab-weights --out "$dir/torch" > "$dir/torch.log" 2>&1; then
        echo "FAIL $name: a step failed (see $dir)"
        FAILED=1
        return
    fi
    "$PYTHON" - "$name" "$dir/lab/history.csv" "$dir/torch/history.csv" <<'PY' || FAILED=1
import csv, math, sys
name, lab_file, torch_file = sys.argv[1:]
def read(path):
    with open(path) as f:
        return [(float(r["train_loss"]), float(r["val_loss"])) for r in csv.DictReader(f)]
lab, torch = read(lab_file), read(torch_file)
worst = max((abs(a - b) for l, t in zip(lab, torch) for a, b in zip(l, t) if not math.isnan(a)), default=0.0)
ok = len(lab) == len(torch) and worst <= 1e-9
print(f"{'ok  ' if ok else 'FAIL'} {name}: {len(lab)} epochs in the lab, {len(torch)} in PyTorch, "
      f"largest loss difference {worst:.2g}")
sys.exit(0 if ok else 1)
PY
}

FULL="--preset spiral --set epochs=15 --set batchSize=0"
check sgd $FULL --set optimizer=sgd --set learningRate=0.1
check momentum $FULL --set optimizer=momentum --set learningRate=0.05 --set momentum=0.8
check nesterov $FULL --set optimizer=nesterov --set learningRate=0.05
check rmsprop $FULL --set optimizer=rmsprop --set learningRate=0.003 --set rho=0.95
check adam-l1-l2 $FULL --set l1=0.001 --set l2=0.01 --set beta1=0.8
check sigmoid-bce-3-classes $FULL --set outputLoss=sigmoid_binary_cross_entropy
check sigmoid-bce-2-classes --preset moons --set epochs=15 --set batchSize=0 --set outputLoss=sigmoid_binary_cross_entropy
check mse-relu-he-normal $FULL --set outputLoss=identity_mse --set activation=relu --set weightInit=he_normal --set biasInit=lecun_normal
check leaky-relu-he-uniform $FULL --set activation=leaky_relu --set weightInit=he_uniform --set biasInit=glorot_normal
check sigmoid-uniform-normal $FULL --set activation=sigmoid --set weightInit=uniform --set weightInitParam=0.3 --set biasInit=normal --set biasInitParam=0.1
check identity-lecun-constant $FULL --set activation=identity --set weightInit=lecun_normal --set biasInit=constant --set biasInitParam=0.2
check mini-batches-no-shuffle --preset iris --set epochs=15 --set shuffle=false
check early-stopping --preset overfitting --set earlyStopping=true --set patience=10 --set startFromEpoch=5
check no-validation-split --preset blobs --set validationFraction=0 --set epochs=10 --set batchSize=0
# With every weight 0 the true gradients of the hidden layers are exactly 0; Adam would divide their
# rounding noise by its own size, so the symmetry case uses plain SGD.
check zeros-symmetry $FULL --set weightInit=zeros --set optimizer=sgd --set learningRate=0.1

echo "files in $WORK"
exit $FAILED
