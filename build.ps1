# The project's tasks. Run through the local PowerShell tool:
#   dotnet tool restore && dotnet pwsh -NoLogo -NoProfile -File build.ps1 [build|install|serve|test|check|clean]
#   build (default)  build the site from content/ into site/
#   install          pack meeting as a .NET tool (Native AOT for this machine) and install it globally
#   serve            build, serve on http://127.0.0.1:8000/ and rebuild on every change (meeting serve)
#   test             set up what the tests need (browser, fonts, W3C checker), then run every test
#   check            check the built site (links, anchors, ids, HTML) with `meeting check`
#   clean            remove build output and the site
param([string]$Task = 'build')

$ErrorActionPreference = 'Stop'
$env:NO_COLOR = '1'
$PSStyle.OutputRendering = 'PlainText'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
Set-Location $PSScriptRoot

function Invoke-Native([string]$Command, [string[]]$Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

# The compiled CLI runs directly when it is newer than every source file and project file; only otherwise is it
# compiled first (dotnet run re-checks the whole build on every call: seconds for nothing when nothing changed).
# It is compiled ahead of time (ReadyToRun) for this machine, so it also starts faster than a plain build.
$MeetingDir = '.tools/meeting'
$MeetingDll = "$MeetingDir/meeting.dll"

function Test-MeetingCurrent {
    if (-not (Test-Path $MeetingDll)) { return $false }
    # A library rebuilt alone (Meeting.Core) is copied beside meeting.dll, which itself may stay as it was.
    $built = [datetime]::MinValue
    foreach ($dll in [IO.Directory]::GetFiles([IO.Path]::GetDirectoryName($MeetingDll), '*.dll')) {
        $time = [IO.File]::GetLastWriteTimeUtc($dll)
        if ($time -gt $built) { $built = $time }
    }
    # .NET's own enumeration: a tenth of Get-ChildItem's time. Files generated under obj/ predate the build.
    $sources = [IO.Directory]::GetFiles('src', '*.cs', [IO.SearchOption]::AllDirectories) +
        [IO.Directory]::GetFiles('src', '*.csproj', [IO.SearchOption]::AllDirectories) +
        [IO.Directory]::GetFiles('.', 'Directory.*.props') + @('global.json')
    foreach ($file in $sources) {
        if ([IO.File]::GetLastWriteTimeUtc($file) -gt $built) { return $false }
    }
    $true
}

function Invoke-Meeting([string[]]$Arguments) {
    if (-not (Test-MeetingCurrent)) {
        $rid = [Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
        Invoke-Native 'dotnet' @('publish', 'src/Meeting.Cli', '-c', 'Release', '-r', $rid, '--self-contained', 'false',
            '-p:PublishReadyToRun=true', '-p:PublishAot=false', '-o', $MeetingDir, '-nologo', '-v', 'quiet')
    }
    Invoke-Native 'dotnet' (@($MeetingDll) + $Arguments)
}

# The W3C checker's version: pinned, so a new release cannot change what the tests accept overnight.
$VnuJarVersion = '26.9.27'
$VnuJar = '.tools/node_modules/vnu-jar/build/dist/vnu.jar'

function Test-Root { (Get-Command apt-get -ErrorAction SilentlyContinue) -and ((id -u) -eq '0') }

# The browser tests need Chromium and CJK fonts (Debian packages); the W3C checker needs Java and vnu-jar (npm,
# from Node.js). What is missing is installed with apt when we are root; otherwise the user is told plainly what
# to install, and the tests run anyway (those needing the missing tool fail and say why), ending with the summary.
# The sitemap test needs the sitemaps.org schema (npm's sitemap package).
function Install-TestTools {
    $haveFonts = (Get-Command fc-list -ErrorAction SilentlyContinue) -and ((fc-list) -match 'WenQuanYi|Noto Sans CJK')
    $packages = @()
    if (-not (Test-Path '/usr/bin/chromium')) { $packages += 'chromium' }
    if (-not $haveFonts) { $packages += 'fonts-wqy-microhei' }
    if (-not (Get-Command java -ErrorAction SilentlyContinue)) { $packages += 'default-jre-headless' }
    if (-not (Test-Path $VnuJar) -and -not (Get-Command npm -ErrorAction SilentlyContinue)) { $packages += 'nodejs', 'npm' }
    if ($packages.Count -gt 0) {
        if (Test-Root) {
            Write-Host "build.ps1: installing $($packages -join ', ') with apt-get"
            & apt-get update -qq
            & apt-get install -y -qq @packages
            if ($LASTEXITCODE -ne 0) { Write-Warning "apt-get could not install $($packages -join ', ')" }
        } else {
            $browser = if ($packages -contains 'chromium') { ' (or set MEETING_CHROMIUM to another Chromium)' } else { '' }
            Write-Warning ("missing: $($packages -join ', '). Install them with: sudo apt-get install $($packages -join ' ')" +
                "$browser. The tests that need them fail until then.")
        }
    }

    if (-not (Test-Path $VnuJar)) {
        if (Get-Command npm -ErrorAction SilentlyContinue) {
            New-Item -ItemType Directory -Force '.tools' | Out-Null
            & npm install --silent --no-audit --no-fund --prefix .tools "vnu-jar@$VnuJarVersion"
            if ($LASTEXITCODE -ne 0) { Write-Warning "npm could not install vnu-jar@$VnuJarVersion; the W3C checker test will fail" }
        } else {
            Write-Warning 'npm is missing, so the W3C checker (vnu-jar) cannot be installed; the W3C checker test will fail'
        }
    }

    # The sitemaps.org schema, as the sitemap package ships it (pinned), for validating sitemap.xml.
    $SitemapXsd = '.tools/node_modules/sitemap/schema/sitemap.xsd'
    if (-not (Test-Path $SitemapXsd) -and (Get-Command npm -ErrorAction SilentlyContinue)) {
        & npm install --silent --no-audit --no-fund --prefix .tools 'sitemap@9.0.1'
        if ($LASTEXITCODE -ne 0) { Write-Warning 'npm could not install sitemap@9.0.1; the sitemap schema test will fail' }
    }

    if (Test-Path $VnuJar) { $env:MEETING_VNU_JAR = (Resolve-Path $VnuJar).Path }
    if (Test-Path $SitemapXsd) { $env:MEETING_SITEMAP_XSD = (Resolve-Path $SitemapXsd).Path }
}

# dotnet test prints one summary line per test assembly; CI wants one line for the whole run.
function Invoke-Tests {
    $results = Join-Path ([IO.Path]::GetTempPath()) "meeting-test-$PID"
    Remove-Item -Recurse -Force $results -ErrorAction SilentlyContinue
    & dotnet test Meeting.sln -c Release --logger 'trx' --results-directory $results --logger 'console;verbosity=normal' | Tee-Object -Variable output | Out-Host
    $code = $LASTEXITCODE
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem $results -Filter *.trx -ErrorAction SilentlyContinue) {
        [xml]$xml = Get-Content $trx.FullName
        $counters = $xml.TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout
        $skipped += [int]$counters.notExecuted
    }

    if ($code -ne 0 -and $failed -eq 0) { $failed = 1 }  # a build or runner failure counts as a failure
    Write-Output "$passed passed, $failed failed, $skipped skipped"
    exit $code
}

# Packs the tool into artifacts/tool (the package that points to one per platform, this platform's Native AOT
# package, and the framework-dependent one for any other) and installs it as a global tool. Each pack gets its own
# version, so NuGet's cache never hands back an older build under the same number.
function Install-Tool {
    $feed = 'artifacts/tool'
    Remove-Item -Recurse -Force $feed -ErrorAction SilentlyContinue
    $version = '1.0.0-local.' + (Get-Date -AsUTC -Format 'yyyyMMddHHmmss')
    $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    $common = @('-c', 'Release', '-o', $feed, "-p:Version=$version", '-v', 'quiet', '-nologo')
    Invoke-Native 'dotnet' (@('pack', 'src/Meeting.Cli') + $common)
    Invoke-Native 'dotnet' (@('pack', 'src/Meeting.Cli', '-r', 'any', '-p:PublishAot=false') + $common)
    Write-Host "build.ps1: compiling meeting ahead of time for $rid (a few minutes the first time)"
    & dotnet pack src/Meeting.Cli -r $rid @common
    if ($LASTEXITCODE -ne 0) {
        Write-Warning "Native AOT is not available here (it needs clang and zlib: apt-get install clang zlib1g-dev); installing the framework-dependent tool"
        Remove-Item "$feed/Meeting.Archive.$rid.*" -ErrorAction SilentlyContinue
    }

    & dotnet tool uninstall --global Meeting.Archive 2>&1 | Out-Null
    Invoke-Native 'dotnet' @('tool', 'install', '--global', '--add-source', $feed, '--version', $version, 'Meeting.Archive')
    $tools = Join-Path ([Environment]::GetFolderPath('UserProfile')) '.dotnet/tools'
    if (-not (($env:PATH -split [IO.Path]::PathSeparator) -contains $tools)) {
        Write-Host "build.ps1: add $tools to your PATH to run meeting by name, e.g. export PATH=`"`$PATH:$tools`""
    }
}

switch ($Task) {
    'build' { Invoke-Meeting @('build', '--content', 'content', '--templates', 'templates', '--out', 'site') }
    'check' { Invoke-Meeting @('check', '--site', 'site') }
    'install' { Install-Tool }
    'serve' { Invoke-Meeting @('serve', '--content', 'content', '--templates', 'templates', '--out', 'site') }
    'test' {
        # Whatever goes wrong while setting up, the run still ends with its summary line.
        try { Install-TestTools } catch { Write-Warning "setting up the test tools failed: $_" }
        Invoke-Tests
    }
    'clean' {
        Remove-Item -Recurse -Force site, .tools, artifacts -ErrorAction SilentlyContinue
        Get-ChildItem -Recurse -Directory -Include bin, obj, TestResults | Remove-Item -Recurse -Force
    }
    default { [Console]::Error.WriteLine("build.ps1: unknown task '$Task'; the tasks are build, install, serve, test, check, clean"); exit 2 }
}
