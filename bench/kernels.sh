#!/usr/bin/env bash
# GFLOP/s of the engine's matrix kernels on the bench workloads' products (1 and 2 threads), then of
# numpy's BLAS on the same products.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
echo "# $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" --add-modules jdk.incubator.vector -cp target/epoch-lab.jar:target/test-classes \
    org.epochlab.engine.KernelThroughput 2> >(grep -v 'incubator modules' >&2)
if /usr/bin/python3 -c "import numpy" 2>/dev/null; then
    /usr/bin/python3 bench/numpy_gemm.py
else
    echo "kernels.sh: numpy missing for /usr/bin/python3 (sudo apt-get install -y python3-numpy)" >&2
fi
