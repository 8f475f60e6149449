#!/usr/bin/env bash
# Builds the self-contained Linux application with jpackage (its own trimmed Java runtime).
#   installer/build-linux.sh             app-image in target/dist/hillfit  (bin/hillfit starts the workbench;
#                                        bin/hillfit COMMAND … is the command-line tool)
#   installer/build-linux.sh deb         also a .deb in target/dist (needs dpkg-deb and fakeroot)
# Needs a JDK 17+ with jpackage and jmods (Debian: openjdk-17-jdk); JAVA_HOME selects it if set.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-app-image}
jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
version=$(sed -n 's:^    <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
modules=$(tr -d '\n' < installer/modules.txt)

./mvnw -B -q package -DskipTests
rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input target/dist
cp target/hillfit.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/

common=(--name hillfit --app-version "$version" --vendor "Hillfit"
  --description "Dose-response curves and IC50 reports from plate-reader and flow-cytometry exports"
  --copyright "Hillfit contributors, Apache-2.0"
  --input target/jpackage-input --main-jar hillfit.jar --main-class org.hillfit.Main
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages"
  --icon installer/icons/hillfit.png --dest target/dist)

"$jpackage" --type app-image "${common[@]}"
echo "app-image: target/dist/hillfit (launcher target/dist/hillfit/bin/hillfit)"

if [ "$kind" = deb ]; then
  "$jpackage" --type deb "${common[@]}" \
    --license-file LICENSE \
    --file-associations installer/hillfit-project.properties \
    --linux-package-name hillfit --linux-deb-maintainer "hillfit@example.org" \
    --linux-menu-group "Science;Education" --linux-app-category science --linux-shortcut \
    --linux-package-deps libgtk-3-0 \
    --resource-dir installer/linux
  ls -1 target/dist/*.deb
fi
