#!/usr/bin/env bash
# Exact evaluation of bonus games (issue 6/7): wall time of N random tickets (default 100) of
# Powerball (292,201,338 draws), EuroMillions (139,838,160) and UK Lotto (2,388,046,122) over every
# draw, median of R runs (default 5) after a warm-up, on one thread. Needs compiled test classes.
#
# Usage: ./mvnw -q test-compile && src/bench/bonus-evaluation.sh [tickets] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/test-classes/org/lotteryengine/bench ] || { echo "compile first: ./mvnw test-compile" >&2; exit 1; }
java -Xmx1g -cp target/classes:target/test-classes org.lotteryengine.bench.BonusEvaluationBench "${1:-100}" "${2:-5}"
