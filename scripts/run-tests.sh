#!/bin/sh
# Builds Taizhang and runs every test (JUnit 5 fragments, UI tests included) with the Tycho build.
# Without a DISPLAY the UI tests run on a private Xvfb display that this script starts and stops.
# Extra arguments go to Maven, e.g. scripts/run-tests.sh -o
set -eu
root=$(cd "$(dirname "$0")/.." && pwd -P)
. "$root/scripts/jdk.sh"
taizhang_pick_jdk

xvfb_pid=""
cleanup() {
	if [ -n "$xvfb_pid" ]; then
		kill "$xvfb_pid" 2>/dev/null || true
		wait "$xvfb_pid" 2>/dev/null || true
	fi
}
trap cleanup EXIT INT TERM

if [ -z "${DISPLAY:-}" ]; then
	if ! command -v Xvfb >/dev/null 2>&1; then
		echo "No DISPLAY and no Xvfb: install xvfb (apt-get install xvfb xauth) or run under a desktop." >&2
		exit 1
	fi
	# -displayfd lets Xvfb pick a free display number and tell us which one.
	fd_file=$(mktemp)
	Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fd_file" 2>/dev/null &
	xvfb_pid=$!
	tries=0
	while [ ! -s "$fd_file" ] && [ $tries -lt 100 ]; do
		sleep 0.1
		tries=$((tries + 1))
	done
	display=$(cat "$fd_file")
	rm -f "$fd_file"
	if [ -z "$display" ]; then
		echo "Xvfb did not start." >&2
		exit 1
	fi
	DISPLAY=:$display
	export DISPLAY
	echo "Running the UI tests on Xvfb display $DISPLAY"
fi

cd "$root"
./mvnw -B clean verify "$@"
