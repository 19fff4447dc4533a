# Sourced by the scripts in this folder and by .ci/run: sets JAVA_HOME to a JDK 21 or newer
# (JAVA_HOME if it is one, else javac on PATH, else the newest under /usr/lib/jvm and /opt),
# or says why it cannot and returns 1.

taizhang_jdk_major() {
	"$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
}

taizhang_pick_jdk() {
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(taizhang_jdk_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
		return 0
	fi
	best=""
	best_major=0
	javac_on_path=$(command -v javac 2>/dev/null || true)
	if [ -n "$javac_on_path" ]; then
		javac_on_path=$(dirname "$(dirname "$(readlink -f "$javac_on_path")")")
	fi
	for home in $javac_on_path /usr/lib/jvm/* /opt/* /opt/*/*; do
		[ -x "$home/bin/javac" ] && [ -x "$home/bin/java" ] || continue
		major=$(taizhang_jdk_major "$home")
		if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
			best=$home
			best_major=$major
		fi
	done
	if [ -z "$best" ]; then
		echo "Taizhang needs a JDK 21 or newer; none found (JAVA_HOME=${JAVA_HOME:-unset}, PATH, /usr/lib/jvm, /opt)." >&2
		echo "Install one, e.g. apt-get install openjdk-21-jdk-headless, or set JAVA_HOME." >&2
		return 1
	fi
	if [ -n "${JAVA_HOME:-}" ]; then
		echo "JAVA_HOME=$JAVA_HOME is not a JDK 21 or newer; using $best (Java $best_major)." >&2
	fi
	JAVA_HOME=$best
	export JAVA_HOME
}
