#!/usr/bin/env bash
# Trains the reference workloads with Epoch Lab's engine, then with PyTorch and scikit-learn
# (mlp_reference.py), one after the other on this machine, and prints epochs/s side by side with
# the ratios epoch-lab / scikit-learn and epoch-lab / PyTorch.
#
# Usage: bench/compare.sh [WORKLOAD...]        (default: digits-64x64 spiral-256x256 wide-784x256)
# Environment: MLP_REFERENCE  path of mlp_reference.py (default ../shared/reference/mlp_reference.py)
#              JAVA           the java launcher (default: java on the PATH)
# Needs Debian's python3-torch and python3-sklearn for the reference.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=/usr/bin/python3
REFERENCE=${MLP_REFERENCE:-../shared/reference/mlp_reference.py}
JAVA=${JAVA:-java}
JAR=target/epoch-lab.jar

if [[ ! -f "$REFERENCE" ]]; then
    echo "compare.sh: no reference script at $REFERENCE; set MLP_REFERENCE to the path of mlp_reference.py" >&2
    exit 2
fi
if ! "$PYTHON" -c "import torch, sklearn" 2>/dev/null; then
    echo "compare.sh: the reference needs PyTorch and scikit-learn for $PYTHON:" >&2
    echo "    sudo apt-get install -y python3-torch python3-sklearn" >&2
    exit 2
fi
if [[ ! -f "$JAR" ]]; then
    echo "compare.sh: building $JAR" >&2
    ./mvnw -B -q package -DskipTests
fi

echo "# $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# --add-modules lets the engine use its vectorized kernels (the results are the same without it)
ours=$("$JAVA" --add-modules jdk.incubator.vector -jar "$JAR" bench "$@" 2> >(grep -v 'incubator modules' >&2))
echo "$ours"
reference=$("$PYTHON" "$REFERENCE" "$@")
echo "$reference"
echo

printf '%s\n%s\n' "$ours" "$reference" | awk '
    /^#/ { next }
    { speed[$1, $2] = $3; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
    END {
        printf "| %-15s | %10s | %10s | %10s | %18s | %18s |\n", "workload", "epoch-lab", "sklearn", "torch",
               "epoch-lab/sklearn", "epoch-lab/torch"
        printf "|%s|%s|%s|%s|%s|%s|\n", "-----------------", "-----------:", "-----------:", "-----------:",
               "-------------------:", "-------------------:"
        for (i = 1; i <= n; i++) {
            w = order[i]; e = speed[w, "epoch-lab"]; s = speed[w, "sklearn"]; t = speed[w, "torch"]
            rs = (s > 0) ? e / s : 0; rt = (t > 0) ? e / t : 0
            printf "| %-15s | %10.2f | %10.2f | %10.2f | %17.2fx | %17.2fx |\n", w, e, s, t, rs, rt
        }
    }'
