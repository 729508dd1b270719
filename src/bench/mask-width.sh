#!/usr/bin/env bash
# What a second 64-bit mask word would cost the k-of-n engine (issue 6/7, pools above 64 numbers): the draws of
# 5/35 and 5/69 on which some ticket of N random tickets (default 50) matches 3 or more, counted with one mask word
# and with two, median of R runs (default 7) after two warm-ups, on one thread. Needs compiled test classes.
#
# Usage: ./mvnw -q test-compile && src/bench/mask-width.sh [tickets] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/test-classes/org/lotteryengine/bench ] || { echo "compile first: ./mvnw test-compile" >&2; exit 1; }
java -Xmx2g -cp target/test-classes org.lotteryengine.bench.MaskWidthBench "${1:-50}" "${2:-7}"
