#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) with jpackage. Run on a Mac with a JDK 17+ (JAVA_HOME):
#   installer/build-macos.sh
# macOS needs an app version whose first number is at least 1, so 0.x.y is packaged as 1.x.y until 1.0.
# For distribution outside your lab, sign and notarise: add --mac-sign --mac-signing-key-user-name "…"
# and run xcrun notarytool on the result.
set -euo pipefail
cd "$(dirname "$0")/.."
jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
version=$(sed -n 's:^    <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
case "$version" in 0.*) version="1.${version#0.}" ;; esac
modules=$(tr -d '\n' < installer/modules.txt)

./mvnw -B -q package -DskipTests
rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input target/dist
cp target/hillfit.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/

"$jpackage" --type dmg --name Hillfit --app-version "${version%%-*}" --vendor "Hillfit" \
  --description "Dose-response curves and IC50 reports" --copyright "Hillfit contributors, Apache-2.0" \
  --input target/jpackage-input --main-jar hillfit.jar --main-class org.hillfit.Main \
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  --icon installer/icons/hillfit.icns --license-file LICENSE \
  --file-associations installer/hillfit-project.properties \
  --mac-package-identifier org.hillfit --mac-package-name Hillfit \
  --dest target/dist
ls -1 target/dist/*.dmg
