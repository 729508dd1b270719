#!/usr/bin/env bash
# Backtests (issue 7/7): wall time of a whole backtest (replay, exact one-draw distributions over every
# possible draw, D-fold convolutions, longest-run recurrence), median of R runs (default 5) after a
# warm-up on one thread, on both Texas histories of ../shared/data for seeded random sets of N tickets
# (default 10,100,1000), with the payout's 95% interval; then Powerball and EuroMillions sets of M tickets
# (default 10,100) on 1,000 seeded random draws, beside one exact evaluation of the same set. Needs compiled
# test classes.
#
# Usage: ./mvnw -q test-compile && src/bench/backtest.sh [runs] [counts, e.g. 10,100,1000] [bonus-game counts, e.g. 10,100]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/test-classes/org/lotteryengine/bench ] || { echo "compile first: ./mvnw test-compile" >&2; exit 1; }
# The engine's FFT (commons-math3), the CSV parser and JUnit's assumptions (SharedData) come from Maven.
[ -f target/bench-classpath.txt ] || ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g -Dlottery.data.dir="${LOTTERY_DATA_DIR:-../shared/data}" \
    -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    org.lotteryengine.bench.BacktestBench "${1:-5}" "${2:-10,100,1000}" "${3:-10,100}"
