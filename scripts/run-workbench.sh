#!/bin/sh
# Builds the Taizhang product when the sources changed since the last build (tests skipped),
# unpacks it under target/ and starts the workbench. On first start the workbench creates and opens
# a demo ledger. Arguments go to the product's start script, e.g. scripts/run-workbench.sh my.taizhang
# TAIZHANG_REBUILD=1 forces a build.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd -P)
. "$root/scripts/jdk.sh"
taizhang_pick_jdk

archive_dir="$root/releng/taizhang.product/target/products"
archive=$(ls -t "$archive_dir"/taizhang-*linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1 || true)
stale=${TAIZHANG_REBUILD:-0}
if [ -z "$archive" ]; then
	stale=1
elif [ -n "$(cd "$root" && find pom.xml .mvn bundles features releng -newer "$archive" -type f \
	-not -path '*/target/*' -not -path '*/bin/*' 2>/dev/null | head -n 1)" ]; then
	stale=1
fi
if [ "$stale" = 1 ]; then
	(cd "$root" && ./mvnw -B verify -DskipTests)
	archive=$(ls -t "$archive_dir"/taizhang-*linux.gtk.x86_64.tar.gz | head -n 1)
fi

install="$root/target/taizhang"
rm -rf "$install"
mkdir -p "$root/target"
tar -xzf "$archive" -C "$root/target"
echo "Starting $install/taizhang"
exec "$install/taizhang" "$@"
