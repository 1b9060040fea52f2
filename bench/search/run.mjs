// The search benchmark (bench/search.sh runs it): for each corpus size, builds the site with `meeting build
// --verbose` (the time of its "search" step against the whole build), indexes the same full texts with Pagefind,
// measures both in Chromium (measure.mjs), and writes bench/search-results.md. See bench/README.md.
//
//   node bench/search/run.mjs --meeting DLL --corpus-dir DIR --work DIR --counts "1 1000 10000" --seed 20240111
//   node bench/search/run.mjs --work DIR --report-only   # the table again from the numbers WORK keeps
//   --query-runs N: each query N times, fresh each time (5); the table shows the median and the worst
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const meeting = option('--meeting');
const corpusDir = option('--corpus-dir');
const work = option('--work');
const counts = option('--counts', '1 1000 10000').split(/\s+/).filter(Boolean);
const seed = option('--seed', '20240111');
const runs = Number(option('--runs', '1'));
const queryRuns = Number(option('--query-runs', '5'));
const results = option('--results', path.join(here, '..', 'search-results.md'));
const queries = ['教育强国', '立德树人', '高质量教育体系', '双减', '县中', '产教融合 科教融汇'];
const pagefindBin = path.join(here, 'node_modules', '.bin', 'pagefind');

const log = (line) => process.stderr.write(`[search-bench] ${line}\n`);
const bytesOf = (dir) => Number(execFileSync('du', ['-sb', '--apparent-size', dir]).toString().split(/\s/)[0]);
const filesIn = (dir) => Number(execFileSync('sh', ['-c', `find "${dir}" -type f | wc -l`]).toString().trim());
const textBytes = (dir) => fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);

function timed(command, commandArgs) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds, output: run.stdout + run.stderr };
}

const rows = [];
// --report-only writes the table again from the numbers a previous run kept in WORK/search-N.json.
const reportOnly = args.includes('--report-only');
for (const count of reportOnly ? [] : counts) {
  const content = count === 'real-2024' ? path.join(here, '..', '..', 'content') : path.join(corpusDir, `${count}-seed${seed}`, 'content');
  const site = path.join(work, 'site', count);
  fs.rmSync(site, { recursive: true, force: true });
  // Builds `runs` times (each into a fresh folder) and keeps the run with the median share of the search step.
  const builds = [];
  for (let run = 1; run <= runs; run++) {
    fs.rmSync(site, { recursive: true, force: true });
    log(`${count}: building (${content}), run ${run} of ${runs}`);
    const build = timed('dotnet', [meeting, 'build', '--content', content, '--out', site, '--verbose']);
    const step = (name) => Number((build.output.match(new RegExp(`^\\s*${name}\\s+([\\d.]+) ms`, 'm')) || [0, NaN])[1]) / 1000;
    const inProcess = Number((build.output.match(/ in ([\d.]+) s/) || [0, NaN])[1]);
    builds.push({ wall: build.seconds, inProcess, search: step('search'), render: step('render') });
  }
  builds.sort((a, b) => a.search / a.inProcess - b.search / b.inProcess);
  const build = builds[Math.floor(builds.length / 2)];

  log(`${count}: Pagefind`);
  const pagefind = timed(pagefindBin, ['--site', site, '--glob', '**/text.html', '--root-selector', 'main']);

  log(`${count}: Chromium`);
  const measured = await measure(site, queries, true, (line) => log(`${count}: ${line}`), queryRuns);
  rows.push({
    count, meetings: measured.meetings, ...build, builds: builds.length,
    text: textBytes(content), index: bytesOf(path.join(site, 'search')), indexFiles: filesIn(path.join(site, 'search')),
    sentencesText: bytesOf(path.join(site, 'search', 'text')),
    pagefindSeconds: pagefind.seconds, pagefindBytes: bytesOf(path.join(site, 'pagefind')), pagefindFiles: filesIn(path.join(site, 'pagefind')),
    results: measured.results, loadAverage: os.loadavg()[0],
  });
  fs.writeFileSync(path.join(work, `search-${count}.json`), JSON.stringify(rows.at(-1), null, 1));
  fs.rmSync(site, { recursive: true, force: true }); // a 10,000-report site is large: keep the numbers, not the site
}

// The report has every size whose numbers WORK keeps, those measured now and those kept from earlier runs, so
// that measuring one size again does not drop the others from the table.
const order = (count) => (count === 'real-2024' ? -1 : Number(count));
for (const file of fs.readdirSync(work).filter((f) => /^search-.+\.json$/.test(f))) {
  const kept = JSON.parse(fs.readFileSync(path.join(work, file), 'utf8'));
  if (!rows.some((r) => r.count === kept.count)) rows.push(kept);
}
rows.sort((a, b) => order(a.count) - order(b.count));

// ---- the report ------------------------------------------------------------------------------------------------

const mb = (n) => (n / 1048576).toFixed(n < 1048576 ? 2 : 1);
const kb = (n) => Math.round(n / 1024).toLocaleString('en');
const yes = (ok) => (ok ? 'met' : '**missed**');
const lines = [];
lines.push('# Full-text search: measured');
lines.push('');
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} by \`bench/search.sh\` on ${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ` +
  `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; the machine is shared with other work: the load average (1 min) after each size's queries was ` +
  `${rows.map((r) => `${r.count}: ${r.loadAverage?.toFixed(1) ?? 'not kept'}`).join(', ')}, so the times are rough (two cores, other builds running). ` +
  `meeting as the JIT Release build; Pagefind ${execFileSync(pagefindBin, ['--version']).toString().trim()}; Chromium ${execFileSync(process.env.MEETING_CHROMIUM || '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}. ` +
  `Corpora from \`Meeting.Corpus\`, seed ${seed}. ` +
  `Builds per size: ${rows.map((r) => `${r.count}: ${r.builds ?? 1}`).join(', ')} (the one with the median share shown); ` +
  `each query ${rows[0]?.results[0]?.ours.colds?.length ?? 1} times in a fresh page.`);
lines.push('');
lines.push('## Build and size');
lines.push('');
lines.push('| reports | build s (process) | search step s | share of build | index MB (files) | text MB | index / text | Pagefind s | Pagefind MB (files) |');
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  lines.push(`| ${r.count} | ${r.wall.toFixed(1)} | ${r.search.toFixed(2)} | ${(100 * r.search / r.inProcess).toFixed(1)} % | ${mb(r.index)} (${r.indexFiles.toLocaleString('en')}) | ${mb(r.text)} | ${(r.index / r.text).toFixed(2)} | ${r.pagefindSeconds.toFixed(1)} | ${mb(r.pagefindBytes)} (${r.pagefindFiles.toLocaleString('en')}) |`);
}
lines.push('');
lines.push('The index holds the postings (`search/v/`, every run of one to four characters), one file per meeting with the text a result shows ' +
  '(`search/text/`, about the size of the text itself) and the newest meetings\' texts once more in one file (`search/recent.js`, up to 256 KB); ' +
  '"share of build" is the search step against the whole build as `meeting build --verbose` times it.');
lines.push('');
lines.push('## Queries in Chromium');
lines.push('');
lines.push('Cold: a fresh page from disk (file://), nothing cached, the query typed once the page has opened; the time the page reports from the query to its first results shown, ' +
  'loading its shards and any text it lacks included (the page loads the manifest, the terms, the newest slugs and the newest meetings\' texts as it opens, before any query). ' +
  'Linked: `search.html?q=…` opened fresh, from the start of the navigation to the results shown, everything included. Each is the median and the worst of ' +
  `${rows[0]?.results[0]?.ours.colds?.length ?? 1} fresh runs. Warm: the same query again with its files loaded. KB: every index file the page loaded, those it loads as it opens included. ` +
  'Sentences and meetings: the truth, by a scan of every sentence.');
lines.push('Pagefind over HTTP (it needs fetch), `pagefind.search(q)` after `init()`; it counts pages (one per meeting here).');
lines.push('');
lines.push('| reports | query | sentences (truth) | ours | meetings (truth) | Pagefind pages | ours KB (files) | ours cold ms (median / worst) | ours linked ms (median / worst) | ours warm ms | Pagefind KB | Pagefind cold / warm ms |');
lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  for (const q of r.results) {
    const o = q.ours, p = q.pagefind;
    const pair = (median, worst) => (worst === undefined ? `${median}` : `${median} / ${worst}`);
    lines.push(`| ${r.count} | ${q.query} | ${q.truth.sentences} | ${o.count}${o.count === q.truth.sentences ? '' : ' ✗'} | ${q.truth.meetings} | ${p.count} | ${kb(o.bytes)} (${o.files}) | ${pair(o.coldMs, o.coldMaxMs)} | ${o.linkedMs === undefined ? 'not measured' : pair(o.linkedMs, o.linkedMaxMs)} | ${o.warmMs} | ${kb(p.bytes)} | ${p.coldMs} / ${p.warmMs} |`);
  }
}
lines.push('');
const largest = rows.at(-1);
const four = largest.results.filter((q) => [...q.query].length === 4 && !q.query.includes(' '));
lines.push(`## Targets (at ${largest.count} reports)`);
lines.push('');
lines.push(`- A four-character query loads under 1 MB: ${four.map((q) => `${q.query} ${kb(q.ours.bytes)} KB`).join(', ')}: ${yes(four.every((q) => q.ours.bytes < 1048576))}.`);
lines.push(`- It answers under 100 ms: cold (median of the runs) ${four.map((q) => `${q.query} ${q.ours.coldMs} ms (worst ${q.ours.coldMaxMs ?? q.ours.coldMs})`).join(', ')}: ${yes(four.every((q) => q.ours.coldMs < 100))}; ` +
  `in every run: ${yes(four.every((q) => (q.ours.coldMaxMs ?? q.ours.coldMs) < 100))}; warm ${four.map((q) => `${q.ours.warmMs} ms`).join(', ')}: ${yes(four.every((q) => q.ours.warmMs < 100))}. ` +
  `As a link opened fresh (the page itself included): ${four.map((q) => `${q.ours.linkedMs ?? 'not measured'} ms`).join(', ')}.`);
lines.push(`- The index adds under 15 % to the build: ${(100 * largest.search / largest.inProcess).toFixed(1)} %: ${yes(largest.search / largest.inProcess < 0.15)}.`);
lines.push(`- Every occurrence found: ${yes(rows.every((r) => r.results.every((q) => q.ours.count === q.truth.sentences)))} (every query at every size shows as many sentences as the scan counts).`);
// Notes written by hand (what the numbers mean, what changed between runs) stay in search/notes.md and follow the table.
const notes = path.join(here, 'notes.md');
if (fs.existsSync(notes)) lines.push('', fs.readFileSync(notes, 'utf8').trimEnd());
fs.writeFileSync(results, lines.join('\n') + '\n');
log(`wrote ${results}`);
