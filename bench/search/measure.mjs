// Measures the archive's search in Chromium, beside Pagefind on the same site; run.mjs calls it for each corpus.
//
//   node bench/search/measure.mjs --site DIR --query 教育强国 --query "产教融合 科教融汇" [--pagefind] [--runs 5] > result.json
//
// For each query, in a fresh browser context (nothing cached):
//   ours:     opens search.html from disk (file://), types the query, waits for the results; reports the count
//             shown, the time the page says the query took (cold: loading its shards from disk included, after
//             the page has opened and loaded what it loads before any query), the same query again once its shards
//             are loaded (warm), and the bytes of every file under search/ the page loaded, those it loads as it
//             opens included (sizes on disk, before any compression a host might add). Also the query as a link
//             (search.html?q=…) opened fresh: from the navigation's start to the results, everything included.
//             Each of these RUNS times (5 unless told), fresh each time; the median and the worst are kept.
//   truth:    every sentence of every meeting (read from search/text/*.js, the model's sentences as the build wrote
//             them, independently of the postings) that holds every word, and the meetings that hold one.
//   pagefind: (with --pagefind, over HTTP, since Pagefind needs fetch) pagefind.search(query): its result count
//             (pages), the time the search call took, and the bytes it fetched.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
let site = option('--site') ? path.resolve(option('--site')) : undefined;
const queries = args.flatMap((a, i) => (a === '--query' ? [args[i + 1]] : []));
const withPagefind = args.includes('--pagefind');
const chromiumPath = process.env.MEETING_CHROMIUM || '/usr/bin/chromium';

// ---- truth: scan the sentences -------------------------------------------------------------------------------

function fold(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    out += String.fromCharCode(c);
  }
  return out;
}

function readTexts() {
  const texts = [];
  globalThis.MeetingSearch = { add: (key, data) => texts.push(data.s.map((s) => fold(s[1]))) };
  const dir = path.join(site, 'search', 'text');
  for (const file of fs.readdirSync(dir)) new Function(fs.readFileSync(path.join(dir, file), 'utf8'))();
  return texts;
}

function truth(texts, query) {
  const words = [...new Set(fold(query).split(/\s+/).filter(Boolean))];
  let sentences = 0, meetings = 0, occurrences = 0;
  for (const meeting of texts) {
    let here = 0;
    for (const s of meeting) {
      if (words.every((w) => s.includes(w))) {
        here++;
        for (let at = s.indexOf(words[0]); at >= 0; at = s.indexOf(words[0], at + 1)) occurrences++;
      }
    }
    sentences += here;
    if (here > 0) meetings++;
  }
  return { sentences, meetings, occurrences };
}

// ---- ours, from disk -------------------------------------------------------------------------------------------

// One query, typed into a page opened fresh: cold, the time the page reports (from the query to its first results
// shown, its own files loaded, after the page has opened and loaded what it loads before any query); warm, again.
async function typed(browser, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = new Set();
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('file:') && url.includes('/search/')) loaded.add(decodeURIComponent(new URL(url).pathname));
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(path.join(site, 'search.html')).href);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'search-q');
  const started = Date.now();
  await page.fill('#search-q', query);
  await waitForResults(page, query);
  const wall = Date.now() - started;
  const cold = await page.evaluate(() => ({
    status: document.querySelector('.search-status').textContent,
    took: document.querySelector('.search-took').textContent,
    shown: document.querySelectorAll('.search-hits a').length,
    meetings: document.querySelectorAll('.search-meeting').length,
  }));
  const bytes = [...loaded].reduce((n, f) => n + fs.statSync(f).size, 0);
  // Again, with every shard it needs already loaded: the work of the query itself.
  await page.fill('#search-q', '');
  await page.waitForFunction(() => !new URLSearchParams(location.search).get('q'));
  await page.fill('#search-q', query);
  await waitForResults(page, query);
  const warm = await page.evaluate(() => document.querySelector('.search-took').textContent);
  await context.close();
  return { count: number(cold.status), shown: cold.shown, meetingsShown: cold.meetings, coldMs: number(cold.took), warmMs: number(warm), wallMs: wall, files: loaded.size, bytes, errors };
}

// The query as a link (search.html?q=…) opened fresh: from the start of the navigation to its results shown,
// everything included (the page, its script, the manifest and whatever the page loads before a query).
async function linked(browser, query) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      const results = document.querySelector('.search-results');
      if (results && results.getAttribute('aria-busy') === 'false' && document.querySelector('.search-status')?.textContent) {
        window.__shownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(site, 'search.html')).href + '?q=' + encodeURIComponent(query));
  await page.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 120000 });
  const ms = await page.evaluate(() => Math.round(window.__shownAt));
  await context.close();
  return ms;
}

const number = (text) => Number((text.match(/\d+/) || ['NaN'])[0]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The query several times, each in a fresh context: the first run's counts and bytes, the median and the worst of
// the cold times (one run on a shared machine says little), and the same for a link opened fresh.
async function ours(browser, query, runs) {
  const each = [];
  for (let i = 0; i < runs; i++) each.push(await typed(browser, query));
  const links = [];
  for (let i = 0; i < runs; i++) links.push(await linked(browser, query));
  const cold = each.map((r) => r.coldMs);
  return {
    ...each[0], coldMs: median(cold), coldMaxMs: Math.max(...cold), colds: cold,
    warmMs: median(each.map((r) => r.warmMs)), linkedMs: median(links), linkedMaxMs: Math.max(...links), linkeds: links,
  };
}

function waitForResults(page, query) {
  return page.waitForFunction(
    (q) => new URLSearchParams(location.search).get('q') === q && document.querySelector('.search-results[aria-busy=false]') !== null,
    query.trim(), { timeout: 120000 });
}

// ---- Pagefind, over HTTP ---------------------------------------------------------------------------------------

function serve(root) {
  const types = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/probe.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>probe</title>');
      return;
    }
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function pagefind(browser, base, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0, files = 0;
  page.on('response', async (r) => {
    if (!r.url().includes('/pagefind/')) return;
    try { bytes += (await r.body()).length; files++; } catch { /* a redirect has no body */ }
  });
  await page.goto(base + 'probe.html');
  const result = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const started = performance.now();
    const search = await pf.search(q);
    const took = performance.now() - started;
    const again = performance.now();
    await pf.search(q);
    return { count: search.results.length, coldMs: Math.round(took), warmMs: Math.round(performance.now() - again) };
  }, query);
  await page.waitForTimeout(200);
  await context.close();
  return { ...result, bytes, files };
}

// ---- run -------------------------------------------------------------------------------------------------------

export async function measure(siteDir, queryList, pagefindToo, log = () => {}, runs = 5) {
  site = path.resolve(siteDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const texts = readTexts();
    const server = pagefindToo ? await serve(site) : null;
    const base = server ? `http://127.0.0.1:${server.address().port}/` : null;
    const results = [];
    for (const query of queryList) {
      const row = { query, truth: truth(texts, query), ours: await ours(browser, query, runs) };
      if (server) row.pagefind = await pagefind(browser, base, query);
      results.push(row);
      log(`${query}: ${JSON.stringify(row)}`);
    }
    server?.close();
    return { site, meetings: texts.length, results };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = await measure(option('--site'), queries, withPagefind, (line) => process.stderr.write(`[measure] ${line}\n`), Number(option('--runs') || 5));
  console.log(JSON.stringify(result, null, 1));
}
