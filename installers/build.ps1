# Builds the Windows installer (MSI) from the runnable app that `mvnw.cmd package` leaves in BUILD_DIR\app.
# The Windows twin of build.sh (same steps, same argument files); `mvnw.cmd -Pinstaller -DskipTests package` calls
# it with PowerShell 7, or run it alone:
#
#   pwsh installers\build.ps1 BUILD_DIR VERSION [JDK_HOME]
#
# Steps: a jlink runtime trimmed to the modules the app uses; a jpackage app image on it; a short training run of
# the image that writes an AOT cache into it; then the MSI from that image. jpackage needs the WiX Toolset for the
# MSI: v3 (candle/light) or v4/v5 (wix.exe with the Util and UI extensions) on PATH; see README.md.
param(
    [Parameter(Mandatory = $true)] [string] $BuildDir,
    [Parameter(Mandatory = $true)] [string] $Version,
    [string] $JdkHome = $env:JAVA_HOME
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Native tools report failure by exit code only; stop on the first one, as `set -e` does in build.sh.
function Invoke-Tool {
    param([string] $Tool, [string[]] $Arguments)
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed with exit code $LASTEXITCODE" }
}

if (-not $JdkHome) { throw 'Set JAVA_HOME or pass JDK_HOME: a JDK 25 with jlink and jpackage' }
$BuildDir = (Resolve-Path $BuildDir).Path
$Version = $Version -replace '-SNAPSHOT$', '' # MSI versions are plain numbers
Set-Location (Join-Path $PSScriptRoot '..') # the argument files name paths relative to the project root

$app = Join-Path $BuildDir 'app'
$out = Join-Path $BuildDir 'installer'
$work = Join-Path $BuildDir 'installer-work'
$name = 'Backup Console'
$bin = Join-Path $JdkHome 'bin'
if (-not (Test-Path (Join-Path $app 'backup-console.jar'))) { throw "No $app\backup-console.jar: run mvnw.cmd -DskipTests package first" }

# JVM options of the launcher; the training run uses the same ones (less the cache). See build.sh.
$launcherOptions = @('--enable-native-access=ALL-UNNAMED', '-Xms16m', '-Xmx384m', '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1', '-XX:MetaspaceSize=64m') # why: build.sh
# Not -XX:TrimNativeHeapInterval (build.sh on Linux): the JVM supports it on Linux (glibc) only and warns elsewhere.

Remove-Item -Recurse -Force $out, $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $out, $work | Out-Null

Write-Host '== Runtime: jlink'
# Modules jdeps cannot see because they are loaded by name: see build.sh.
$modules = & (Join-Path $bin 'jdeps.exe') --print-module-deps --ignore-missing-deps --multi-release 25 `
    --class-path "$app\lib\*" "$app\backup-console.jar"
if ($LASTEXITCODE -ne 0) { throw "jdeps failed with exit code $LASTEXITCODE" }
$modules = "$(($modules | Select-Object -Last 1).Trim()),jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets"
Write-Host "modules: $modules"
$runtime = Join-Path $work 'runtime'
Invoke-Tool (Join-Path $bin 'jlink.exe') @('--add-modules', $modules, '--strip-debug', '--no-header-files',
    '--no-man-pages', '--compress=zip-0', '--output', $runtime) # uncompressed: the MSI compresses (see build.sh)
# The app's jars stored rather than deflated, for the same reason (see build.sh and StoreJars.java).
$appInput = Join-Path $work 'input'
Copy-Item -Recurse $app $appInput
Invoke-Tool (Join-Path $bin 'java.exe') @('installers/StoreJars.java', $appInput, (Join-Path $appInput 'lib'))

Write-Host '== App image: jpackage --type app-image'
$jpackage = Join-Path $bin 'jpackage.exe'
$javaOptions = @()
foreach ($option in $launcherOptions + @('-XX:AOTCache=$APPDIR\app.aot')) { # $APPDIR: jpackage's, single-quoted
    $javaOptions += @('--java-options', $option)
}
Invoke-Tool $jpackage (@('--type', 'app-image', '@installers/common.args', '@installers/app-image.args',
        '@installers/windows/app-image.args', '--app-version', $Version, '--input', $appInput, '--runtime-image', $runtime,
        '--dest', $out) + $javaOptions)
$image = Join-Path $out $name
$appDir = Join-Path $image 'app'
$java = Join-Path $image 'runtime\bin\java.exe'

Write-Host '== AOT cache: training run'
# As in build.sh: the image's java with the launcher's class path from its .cfg, headless, in a scratch home
# (APPDATA and LOCALAPPDATA too, where the app keeps its files on Windows), ended by --exit-after-first-frame.
$classPath = (Get-Content (Join-Path $appDir "$name.cfg") | Where-Object { $_ -like 'app.classpath=*' } |
        ForEach-Object { $_.Substring('app.classpath='.Length).Replace('$APPDIR', $appDir) }) -join ';'
$trainingHome = Join-Path $work 'training-home' # not $home: PowerShell's read-only $HOME
New-Item -ItemType Directory -Force $trainingHome | Out-Null
$scratch = @{ APPDATA = "$trainingHome\AppData\Roaming"; LOCALAPPDATA = "$trainingHome\AppData\Local";
    AWS_CONFIG_FILE = "$trainingHome\.aws\config"; AWS_SHARED_CREDENTIALS_FILE = "$trainingHome\.aws\credentials";
    AWS_PROFILE = $null; AWS_REGION = $null; AWS_ENDPOINT_URL = $null; JAVA_TOOL_OPTIONS = $null; JDK_JAVA_OPTIONS = $null }
# Runs the training once; returns its exit code. The environment is restored whatever happens.
function Invoke-Training {
    param([string] $Log)
    Remove-Item -Recurse -Force $trainingHome, (Join-Path $work 'app.aot') -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force $trainingHome | Out-Null
    $saved = @{}
    foreach ($key in $scratch.Keys) {
        $saved[$key] = [Environment]::GetEnvironmentVariable($key)
        [Environment]::SetEnvironmentVariable($key, $scratch[$key])
    }
    try {
        & $java @launcherOptions "-Djpackage.app-version=$Version" "-XX:AOTCacheOutput=$work\app.aot" `
            "-Duser.home=$trainingHome" -Dglass.platform=Headless -Dprism.order=sw -cp $classPath `
            io.backupconsole.Main --exit-after-first-frame *> $Log
        return $LASTEXITCODE
    } finally {
        foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) }
    }
}
# Tried twice, as in build.sh.
$status = Invoke-Training (Join-Path $work 'aot-training.log')
if ($status -ne 0) {
    Write-Host "AOT training run failed (exit $status); trying once more"
    $log = Join-Path $work 'aot-training-2.log'
    $status = Invoke-Training $log
    if ($status -ne 0) {
        Get-Content $log -Tail 40
        throw "AOT training run failed again (exit $status); whole log: $log"
    }
}
Copy-Item (Join-Path $work 'app.aot') (Join-Path $appDir 'app.aot')

Write-Host '== Installer: MSI'
Invoke-Tool $jpackage @('--type', 'msi', '--app-image', $image, '@installers/common.args',
    '@installers/windows/package.args', '--app-version', $Version, '--dest', $out)

Write-Host "== Done: $out"
Get-ChildItem $out
