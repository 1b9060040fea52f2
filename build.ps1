# The project's tasks. Run through the local PowerShell tool:
#   dotnet tool restore && dotnet pwsh -NoLogo -NoProfile -File build.ps1 [build|test|check|clean]
#   build (default)  build the site from content/ into site/
#   test             set up what the tests need (browser, fonts, W3C checker), then run every test
#   check            check the built site (links, anchors, ids, HTML) with `meeting check`
#   clean            remove build output and the site
param([string]$Task = 'build')

$ErrorActionPreference = 'Stop'
$env:NO_COLOR = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
Set-Location $PSScriptRoot

function Invoke-Native([string]$Command, [string[]]$Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Invoke-Meeting([string[]]$Arguments) {
    Invoke-Native 'dotnet' (@('run', '--project', 'src/Meeting.Cli', '-c', 'Release', '--') + $Arguments)
}

# The browser tests need Chromium and CJK fonts (Debian packages); the W3C checker needs Java and vnu-jar (npm);
# the sitemap test needs the sitemaps.org schema (npm's sitemap package).
function Install-TestTools {
    $haveFonts = (Get-Command fc-list -ErrorAction SilentlyContinue) -and ((fc-list) -match 'WenQuanYi|Noto Sans CJK')
    if (-not (Test-Path '/usr/bin/chromium') -or -not $haveFonts -or -not (Get-Command java -ErrorAction SilentlyContinue)) {
        if ((Get-Command apt-get -ErrorAction SilentlyContinue) -and ((id -u) -eq '0')) {
            Invoke-Native 'apt-get' @('update', '-qq')
            Invoke-Native 'apt-get' @('install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei', 'default-jre-headless')
        } else {
            Write-Warning 'Chromium, CJK fonts or Java are missing and apt-get is not available as root; install them, or set MEETING_CHROMIUM.'
        }
    }

    if (-not (Test-Path '.tools/node_modules/vnu-jar/build/dist/vnu.jar')) {
        New-Item -ItemType Directory -Force '.tools' | Out-Null
        Invoke-Native 'npm' @('install', '--silent', '--no-audit', '--no-fund', '--prefix', '.tools', 'vnu-jar@latest')
    }

    # The sitemaps.org schema, as the sitemap package ships it, for validating sitemap.xml.
    if (-not (Test-Path '.tools/node_modules/sitemap/schema/sitemap.xsd')) {
        Invoke-Native 'npm' @('install', '--silent', '--no-audit', '--no-fund', '--prefix', '.tools', 'sitemap@9.0.1')
    }

    $env:MEETING_VNU_JAR = (Resolve-Path '.tools/node_modules/vnu-jar/build/dist/vnu.jar').Path
    $env:MEETING_SITEMAP_XSD = (Resolve-Path '.tools/node_modules/sitemap/schema/sitemap.xsd').Path
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

switch ($Task) {
    'build' { Invoke-Meeting @('build', '--content', 'content', '--templates', 'templates', '--out', 'site') }
    'check' { Invoke-Meeting @('check', '--site', 'site') }
    'test' { Install-TestTools; Invoke-Tests }
    'clean' {
        Remove-Item -Recurse -Force site, .tools -ErrorAction SilentlyContinue
        Get-ChildItem -Recurse -Directory -Include bin, obj, TestResults | Remove-Item -Recurse -Force
    }
    default { [Console]::Error.WriteLine("build.ps1: unknown task '$Task'; the tasks are build, test, check, clean"); exit 2 }
}
