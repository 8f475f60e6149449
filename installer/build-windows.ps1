# Builds the Windows installer (.msi) with jpackage. Run from a Developer PowerShell:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: a JDK 17+ with jpackage (JAVA_HOME), and WiX Toolset 3.x (candle.exe, light.exe) on PATH.
# Result: target\dist\hillfit-<version>.msi with a Start-menu entry and desktop shortcut for the workbench,
# a console launcher "hillfit-cli" for the command line, and .hillfit projects opening in Hillfit.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$version = ([xml](Get-Content pom.xml)).project.version
$modules = (Get-Content installer\modules.txt -Raw).Trim()
$jpackage = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME "bin\jpackage.exe" } else { "jpackage" }

& .\mvnw.cmd -B -q package -DskipTests
if ($LASTEXITCODE -ne 0) { throw "Maven build failed" }
Remove-Item -Recurse -Force target\jpackage-input, target\dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\jpackage-input | Out-Null
Copy-Item target\hillfit.jar target\jpackage-input\
Copy-Item -Recurse target\lib target\jpackage-input\lib

& $jpackage --type msi --name Hillfit --app-version $version --vendor "Hillfit" `
    --description "Dose-response curves and IC50 reports" --copyright "Hillfit contributors, Apache-2.0" `
    --input target\jpackage-input --main-jar hillfit.jar --main-class org.hillfit.Main `
    --add-modules $modules --jlink-options "--strip-debug --no-header-files --no-man-pages" `
    --icon installer\icons\hillfit.ico --license-file LICENSE `
    --file-associations installer\hillfit-project.properties `
    --add-launcher hillfit-cli=installer\windows\cli.properties `
    --win-menu --win-menu-group Hillfit --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid 6f1d7c8e-3b57-4c55-9a3e-2f4e7a0b5d11 `
    --dest target\dist
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem target\dist\*.msi
