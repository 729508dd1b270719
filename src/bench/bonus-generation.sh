#!/usr/bin/env bash
# Powerball generation (issue 6/7): wall time of a whole generation (search, both bonus placements
# measured, exact evaluation) per strategy and ticket count, median of R runs (default 3) after a
# warm-up on one thread, with the set's exact P(>=1 win) beside N random distinct tickets' and its
# P(>=2 wins), at the target tier or better (default 3+0). Needs compiled test classes.
#
# Usage: ./mvnw -q test-compile && src/bench/bonus-generation.sh [tier] [runs] [counts, e.g. 20,100]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/test-classes/org/lotteryengine/bench ] || { echo "compile first: ./mvnw test-compile" >&2; exit 1; }
java -Xmx1g -cp target/classes:target/test-classes org.lotteryengine.bench.BonusGenerationBench "${1:-3+0}" \
    "${2:-3}" "${3:-20,100}"
