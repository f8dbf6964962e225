#!/usr/bin/env bash
# Builds the desktop installers (Linux and macOS; Windows has build.ps1) from the runnable app that
# `./mvnw package` leaves in BUILD_DIR/app. `./mvnw -Pinstaller -DskipTests package` calls it; it also runs alone:
#
#   installers/build.sh BUILD_DIR VERSION [JDK_HOME]
#
# Steps: a jlink runtime trimmed to the modules the app uses; a jpackage app image on it; a short training run of
# the image that writes an AOT cache (JEP 483/514) into it; then the OS's installers from that image
# (Linux: .deb, and .rpm when rpmbuild is installed; macOS: .dmg). Everything goes to BUILD_DIR/installer;
# scratch files to BUILD_DIR/installer-work.
set -euo pipefail

build_dir=$(cd "${1:?usage: build.sh BUILD_DIR VERSION [JDK_HOME]}" && pwd)
version=${2:?usage: build.sh BUILD_DIR VERSION [JDK_HOME]}
version=${version%-SNAPSHOT} # installers want plain numbers (deb, rpm, MSI and DMG all reject a qualifier)
jdk=${3:-${JAVA_HOME:?set JAVA_HOME or pass JDK_HOME: a JDK 25 with jlink and jpackage}}
cd "$(dirname "$0")/.." # the argument files name paths relative to the project root

app=$build_dir/app
out=$build_dir/installer
work=$build_dir/installer-work
name="Backup Console"
[ -f "$app/backup-console.jar" ] || { echo "No $app/backup-console.jar: run ./mvnw -DskipTests package first" >&2; exit 1; }

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  *) echo "build.sh is for Linux and macOS; on Windows use installers/build.ps1" >&2; exit 1 ;;
esac

version_options=(--app-version "$version")
if [ "$os" = macos ] && [ "${version%%.*}" = 0 ]; then
  # A bundle version must start at 1 and jpackage refuses 0.x on macOS; its default (1.0) stands in until 1.0.
  # The app itself still shows its real version (Help, About).
  echo "macOS: bundle version 1.0 instead of $version (macOS wants a first number of at least 1)"
  version_options=()
fi

# JVM options of the launcher. The training run uses the same ones (less the cache), so the cache matches them.
# --enable-native-access: JavaFX loads its natives through the FFM API and warns without it.
# A small initial heap that grows on demand, with a ceiling: without them the JVM reserves 1/64 of the
# machine's memory up front (384 MB on a 24 GB machine), which showed as resident memory (docs/benchmarks.md).
# The serial collector: for one user's window with a heap under 384 MB it pauses for a few milliseconds, and it
# needs no remembered sets or GC threads: G1's own native memory measured 38 MB of the idle app's resident memory,
# the serial collector's 0.2 MB (docs/benchmarks.md). The JVM itself picks it on small machines.
# C1 only (-XX:TieredStopAtLevel=1): the C2 compiler's thread took a core for most of the start-up on these 2-core
# machines. Measured on the jar, interleaved, idle machine: first frame with data 2.65-2.99 s with C2, 2.00-2.24 s
# with C1 only; CPU to the first frame 3.7-4.4 s against 2.3-3.0 s. The filter keystroke on 10,000 rows went from
# 9-10 to 11-14 ms (target 16): a desktop window spends its time waiting for the user, not in hot loops.
# -XX:MetaspaceSize=64m: the first "Metadata GC Threshold" full collection (44-87 ms, an FX stall) came at ~21 MB of
# class metadata, which the app passes in its first poll cycles; it moves that threshold and commits nothing.
launcher_options=(--enable-native-access=ALL-UNNAMED -Xms16m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=64m)
# Linux (glibc) only: every 5 s the JVM hands freed C heap back to the system (malloc_trim). The C2 compiler's
# arenas and GTK's temporary buffers are freed but glibc kept them: 17-26 MB of the idle app's resident memory,
# with no measurable effect on start-up (docs/benchmarks.md, "Memory"). Other systems do not support it
# (the JVM would warn at every start), hence not in build.ps1 nor on macOS.
if [ "$os" = linux ]; then
  launcher_options+=(-XX:TrimNativeHeapInterval=5000)
fi

rm -rf "$out" "$work"
mkdir -p "$out" "$work"

echo "== Runtime: jlink"
# jdeps finds what the code references; the rest is loaded by name at run time, so jdeps cannot see it:
# jdk.unsupported (JavaFX's sun.misc.Unsafe), jdk.crypto.ec (TLS with EC keys; since JDK 22 its code is in java.base
# and the module is empty, so it costs nothing), jdk.localedata (dates and numbers in the user's locale),
# jdk.charsets (files in other encodings).
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
  --class-path "$app/lib/*" "$app/backup-console.jar")
modules="$modules,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets"
echo "modules: $modules"
# No compression inside the runtime: the .deb/.rpm compress the whole image, and already-zipped modules do not
# compress again (runtime in the .deb: 46 MB with zip-6, 26 MB with zip-0; docs/benchmarks.md). Reading uncompressed
# modules at start-up is also cheaper.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=zip-0 \
  --output "$work/runtime"

# The app's jars stored rather than deflated, for the same reason (26 MB → 10 MB in the .deb).
input=$work/input
mkdir -p "$input"
cp -R "$app/." "$input/"
"$jdk/bin/java" installers/StoreJars.java "$input" "$input/lib"

echo "== App image: jpackage --type app-image"
java_options=()
for option in "${launcher_options[@]}" '-XX:AOTCache=$APPDIR/app.aot'; do # $APPDIR: jpackage's, not the shell's
  java_options+=(--java-options "$option")
done
"$jdk/bin/jpackage" --type app-image @installers/common.args @installers/app-image.args "@installers/$os/app-image.args" \
  ${version_options[@]+"${version_options[@]}"} --input "$input" --runtime-image "$work/runtime" --dest "$out" \
  "${java_options[@]}"
if [ "$os" = macos ]; then
  image="$out/$name.app"
  app_dir="$image/Contents/app"
  java="$image/Contents/runtime/Contents/Home/bin/java"
else
  image="$out/$name"
  app_dir="$image/lib/app"
  java="$image/lib/runtime/bin/java"
fi

echo "== AOT cache: training run"
# The image's own java, with the launcher's class path taken from its .cfg ($APPDIR is the folder the .cfg is in),
# so the cache's recorded class path is the one the launcher uses. (Headless glass only when no display can be had.)
# A scratch home: the run neither reads nor changes the builder's settings, and with no remembered connection
# it uses the built-in sandbox. --exit-after-first-frame ends the run once the window shows sandbox data.
class_path=$(sed -n 's/^app\.classpath=//p' "$app_dir/$name.cfg" | sed "s|\$APPDIR|$app_dir|" | paste -sd: -)
# With a display (or xvfb-run) the run uses the desktop's own windowing (GTK on Linux), so the cache holds the
# classes a real start loads; the headless glass would leave those to be loaded from the jars at every start.
display_run=()
glass=(-Dglass.platform=Headless)
if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  display_run=(xvfb-run -a -s "-screen 0 1600x1000x24")
  glass=()
elif [ -n "${DISPLAY:-}" ] || [ "$os" = macos ]; then
  glass=()
fi
if [ ${#glass[@]} -eq 0 ]; then echo "Training on the desktop glass ${display_run[*]:+(under xvfb-run)}"; else echo "Training headless"; fi
train() { # $1: log file
  local training_home=$work/training-home
  rm -rf "$training_home" "$work/app.aot"
  mkdir -p "$training_home"
  env -u AWS_PROFILE -u AWS_REGION -u AWS_ENDPOINT_URL -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
    HOME="$training_home" XDG_CONFIG_HOME="$training_home/.config" XDG_DATA_HOME="$training_home/.local/share" \
    XDG_STATE_HOME="$training_home/.local/state" \
    AWS_CONFIG_FILE="$training_home/.aws/config" AWS_SHARED_CREDENTIALS_FILE="$training_home/.aws/credentials" \
    ${display_run[@]+"${display_run[@]}"} "$java" "${launcher_options[@]}" "-Djpackage.app-version=$version" \
    -XX:AOTCacheOutput="$work/app.aot" -Duser.home="$training_home" ${glass[@]+"${glass[@]}"} -Dprism.order=sw \
    -cp "$class_path" io.backupconsole.Main --exit-after-first-frame >"$1" 2>&1
}
# Tried twice: once, on a loaded machine, a run ended with exit 1 and nothing in its log (not seen again since).
first_status=0
train "$work/aot-training.log" || first_status=$?
if [ "$first_status" -ne 0 ]; then
  echo "AOT training run failed (exit $first_status, log: $work/aot-training.log); trying once more"
  train "$work/aot-training-2.log" || {
    status=$?
    tail -n 40 "$work/aot-training-2.log"
    echo "AOT training run failed again (exit $status); whole log: $work/aot-training-2.log" >&2
    exit 1
  }
fi
cp "$work/app.aot" "$app_dir/app.aot"
echo "AOT cache: $(du -h "$app_dir/app.aot" | cut -f1)"

echo "== Installers"
package() {
  "$jdk/bin/jpackage" --type "$1" --app-image "$image" @installers/common.args "@installers/$os/package.args" \
    ${version_options[@]+"${version_options[@]}"} --dest "$out"
}
if [ "$os" = linux ]; then
  if command -v dpkg-deb >/dev/null; then package deb; else echo "dpkg-deb not on PATH: no .deb"; fi
  if command -v rpmbuild >/dev/null; then package rpm; else echo "rpmbuild not on PATH: no .rpm (install rpm to get one)"; fi
else
  package dmg
fi

echo "== Done: $out"
ls -l "$out"
