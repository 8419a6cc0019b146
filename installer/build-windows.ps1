# Builds Cairn for Windows: an app image and an .msi, each with its own trimmed Java runtime.
# Run from the repository root in PowerShell:  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: JDK 17 (jlink, jpackage), Maven, and WiX Toolset 3 (3.14: candle.exe and light.exe on PATH). JDK 17's
# jpackage only knows WiX 3; WiX 4 and later do not work with it.
# Not run by CI (there is no Windows machine); README "Installers" lists what to check by hand.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

mvn -B -q package -DskipTests
$out = 'target\installer'
$manifest = (& jar xf target\cairn.jar META-INF/MANIFEST.MF; Get-Content META-INF\MANIFEST.MF); Remove-Item -Recurse META-INF
$version = ($manifest | Select-String '^Implementation-Version: *(.*)$').Matches[0].Groups[1].Value.Trim()
$packageVersion = $version -replace '-SNAPSHOT$', ''
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input", "$out\icon", "$out\natives" | Out-Null
Copy-Item target\cairn.jar, target\lib\*.jar "$out\input\"

# SQLite's native library next to the jars; the launcher points org.sqlite.lib.path at $APPDIR.
Push-Location "$out\natives"
jar xf (Resolve-Path ..\input\sqlite-jdbc-*.jar) org/sqlite/native/Windows/x86_64/sqlitejdbc.dll
Move-Item org\sqlite\native\Windows\x86_64\sqlitejdbc.dll ..\input\
# JavaFX's DLLs: on Windows JavaFX looks for them in ..\bin from its jars' folder (app\), i.e. the image's bin\.
foreach ($jar in Get-ChildItem ..\input\javafx-*-win.jar) { jar xf $jar.FullName }
Pop-Location

java -Djava.awt.headless=true installer\IconMaker.java "$out\icon"
$modules = (Get-Content installer\modules.txt | Where-Object { $_ -and -not $_.StartsWith('#') }) -join ','
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 `
  --generate-cds-archive --output "$out\runtime"
# The same checks as build-linux.sh: no network-capable modules, and only the security providers the runtime has.
$listed = & "$out\runtime\bin\java.exe" --list-modules | ForEach-Object { ($_ -split '@')[0] }
foreach ($banned in 'java.net.http', 'jdk.httpserver', 'java.rmi', 'java.naming', 'jdk.naming.dns', 'jdk.naming.rmi',
    'java.management.rmi', 'jdk.jdwp.agent', 'jdk.jsobject') {
  if ($listed -contains $banned) { throw "the runtime must not contain $banned" }
}
java installer\SecurityProviders.java "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'could not trim the security providers' }
# Class-data sharing: only jlink's archive of the JDK's classes. An archive of Cairn's classes would have to be
# dumped after installation for the folder the person chose (ADR 0020); the .msi does not do that yet.

jpackage --type app-image '@installer/jpackage/common.txt' '@installer/jpackage/windows-image.txt' `
  --app-version $packageVersion --input "$out\input" --runtime-image "$out\runtime" `
  --icon "$out\icon\cairn.ico" --dest "$out\image"
$image = "$out\image\Cairn"
New-Item -ItemType Directory -Force "$image\bin" | Out-Null
Copy-Item "$out\natives\*.dll" "$image\bin\"

jpackage --type msi '@installer/jpackage/windows-msi.txt' --name Cairn --app-version $packageVersion `
  --vendor 'Cairn project' --app-image $image --dest $out
Get-ChildItem "$out\*.msi"
