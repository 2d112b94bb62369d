#!/usr/bin/env bash
# Window benchmark: runs the real lab window headless (Monocle, software rendering) and prints the frame
# gaps while the digits preset trains at full speed, epochs/s with the window against the same config
# headless, the cost of one chart update with 5 overlaid runs of 10,000 epochs, the heap in use with them
# loaded, and the time from process start to the first frame (fresh JVMs). See bench/RESULTS.md, "Window".
#
# Usage: bench/window.sh [training] [chart] [first-frame]   (all parts when none is named)
#        Environment: JAVA  the java launcher (default: java on the PATH); JAVA_OPTIONS  more JVM options
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
CLASSPATH_FILE=target/window-bench.classpath

./mvnw -B -q test-compile
if [[ ! -f "$CLASSPATH_FILE" || pom.xml -nt "$CLASSPATH_FILE" ]]; then
    ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
fi
CP="target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")"

echo "# $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) CPUs, uptime:$(uptime | sed 's/.*up/ up/')"
# --add-modules lets the engine use its vectorized kernels; the other flags are the tests' headless ones
exec "$JAVA" --add-modules jdk.incubator.vector ${JAVA_OPTIONS:-} \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -Dtestfx.robot=glass -Dtestfx.headless=true \
    -cp "$CP" org.epochlab.bench.WindowBenchmark "$@" 2> >(grep -v 'incubator modules' >&2)
