/*
 * Full-text search of the archive, from disk or from any host, with no server and no library.
 *
 * The index (written by the build under search/, see src/Meeting/Search/) is a set of scripts, each of which
 * hands its data to MeetingSearch.add(key, data); this file loads only those a query needs by <script src>, so
 * it works from file:// (where fetch cannot read files) and under a Content-Security-Policy of script-src 'self'.
 *
 * Matching is exact: a word is found where its characters stand in a sentence, in that order, after both are
 * folded (full-width = half-width, Latin in either case). Words up to four characters long (the index's longest
 * pieces; the manifest says how long) are looked up directly; a longer word is the chain of its four-character
 * pieces at the right distances. Every word of a query must occur in the same sentence. Terms of the keyword index are also found by pinyin (jyqg, jiaoyuqiangguo).
 */
(function () {
  'use strict';

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var PAGE_SIZE = 20;
  var MEETINGS_PER_LIST = 256; // SearchVolume.MeetingsPerList
  var DEBOUNCE_MS = 150;
  var SENTENCES_PER_MEETING = 65536; // a result's key: the meeting's rank in its volume (newest 0) × this + sentence

  // ---- Loading the index by <script src> -------------------------------------------------------------------

  var arrived = Object.create(null);   // data handed over by a script that has run, until its load event
  var loading = Object.create(null);   // key → the promise of its data
  var loadedData = Object.create(null); // key → its data, once it has come

  window.MeetingSearch = {
    add: function (key, data) { arrived[key] = data; }
  };

  function load(base, key) {
    if (loading[key]) return loading[key];
    var promise = new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = base + key.split('/').map(encodeURIComponent).join('/') + '.js';
      script.async = true;
      script.onload = function () {
        script.remove();
        if (key in arrived) {
          loadedData[key] = arrived[key];
          delete arrived[key];
          resolve(loadedData[key]);
        } else {
          reject(new Error('no data in ' + script.src));
        }
      };
      script.onerror = function () {
        script.remove();
        reject(new Error('cannot load ' + script.src));
      };
      document.head.appendChild(script);
    });
    loading[key] = promise;
    promise.catch(function () { delete loading[key]; });
    return promise;
  }

  // ---- The rules the build follows too (SearchText.cs, NgramBucket.cs, PostingList.cs) ------------------------

  function foldCode(c) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    else if (c === 0x3000) c = 0x20;
    return c >= 0x41 && c <= 0x5A ? c + 32 : c;
  }

  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
    return out;
  }

  function hash(ngram) {
    var h = 2166136261;
    for (var i = 0; i < ngram.length; i++) h = Math.imul(h ^ ngram.charCodeAt(i), 16777619);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85EBCA6B);
    h ^= h >>> 13;
    h = Math.imul(h, 0xC2B2AE35);
    h ^= h >>> 16;
    return h >>> 0;
  }

  function shardOf(ngram, count) { return hash(ngram) & (count - 1); }

  var DIGIT_VALUE = new Int8Array(128).fill(-1);
  for (var d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

  // The build writes each posting list newest meeting first, each meeting's sentences in reading order: the order
  // a reader sees results in (PostingList.cs). A key here follows that order: rank × SENTENCES_PER_MEETING +
  // sentence, where rank 0 is the volume's newest meeting, so every list is ascending and lists merge.
  function reader(text) {
    var i = 0;
    return {
      more: function () { return i < text.length; },
      next: function () {
        var value = 0, scale = 1, digit;
        do { digit = DIGIT_VALUE[text.charCodeAt(i++)]; value += (digit & 31) * scale; scale *= 32; } while (digit & 32);
        return value;
      }
    };
  }

  // A posting list's entries one at a time (the format is PostingList.cs's): count is the number of sentences
  // written before the entries; after next() returns true, key and position are the entry's.
  function Entries(text, positional, meetings) {
    this.r = reader(text);
    this.count = this.r.more() ? this.r.next() : 0;
    this.positional = positional;
    this.meetings = meetings;
    this.meeting = meetings;
    this.sentence = 0;
    this.key = -1;
    this.position = 0;
  }

  Entries.prototype.next = function () {
    var r = this.r;
    if (!r.more()) return false;
    var head = r.next();
    if (head % 2 === 0) this.sentence += head / 2;
    else { this.meeting -= (head - 1) / 2 + 1; this.sentence = r.next(); }
    if (this.positional) {
      var step = r.next();
      this.position = head === 0 ? this.position + step : step;
    }
    this.key = (this.meetings - 1 - this.meeting) * SENTENCES_PER_MEETING + this.sentence;
    return true;
  };

  // A whole posting list → { keys, positions, length }, positions where the list keeps them: typed arrays filled in
  // one pass. A query of several pieces or words needs every entry to match them against one another.
  function decodeAll(text, positional, meetings) {
    var entries = new Entries(text, positional, meetings);
    var keys = new Float64Array(text.length);
    var positions = positional ? new Int32Array(text.length) : null;
    var count = 0;
    while (entries.next()) {
      if (positional) positions[count] = entries.position;
      keys[count++] = entries.key;
    }
    return { keys: keys, positions: positions, length: count };
  }

  // A query of one piece: its count is the number before the list, and its sentences are decoded only as far as
  // the results shown. Most queries are one piece (a word of up to four characters), and at 10,000 reports
  // decoding a common word's whole list took longer than loading it.
  function LazyKeys(text, positional, meetings) {
    this.entries = new Entries(text, positional, meetings);
    this.length = this.entries.count;
    this.keys = [];
  }

  LazyKeys.prototype.get = function (at) {
    while (this.keys.length <= at && this.entries.next()) {
      var key = this.entries.key;
      if (this.keys[this.keys.length - 1] !== key) this.keys.push(key); // not a sentence's further positions
    }
    return this.keys[at];
  };

  function ArrayKeys(keys) {
    this.keys = keys;
    this.length = keys.length;
  }

  ArrayKeys.prototype.get = function (at) { return this.keys[at]; };

  // ---- Queries -------------------------------------------------------------------------------------------------

  function wordsOf(query) {
    var seen = Object.create(null);
    return fold(query).split(/[\s\u00A0]+/).filter(function (w) {
      if (!w || seen[w]) return false;
      seen[w] = true;
      return true;
    });
  }

  // The n-grams a word is looked up by, where the index's longest n-grams are `top` characters (the manifest says
  // how many levels a volume has): the word itself when it is no longer, else its pieces of that length at offsets
  // 0, top, 2·top … and the last.
  function piecesOf(word, top) {
    if (word.length <= top) return [{ ngram: word, offset: 0 }];
    var pieces = [];
    for (var o = 0; o + top <= word.length; o += top) pieces.push({ ngram: word.substr(o, top), offset: o });
    if (pieces[pieces.length - 1].offset !== word.length - top) pieces.push({ ngram: word.substr(word.length - top), offset: word.length - top });
    return pieces;
  }

  // The list of slugs that names a volume's meeting by its number (SearchPaths.MeetingsKey).
  function meetingsKey(volume, meeting) { return 'v/' + volume[0] + '/meetings/' + Math.floor(meeting / MEETINGS_PER_LIST).toString(16); }

  function shardKey(volume, ngram) {
    var level = ngram.length;
    return 'v/' + volume[0] + '/' + level + '/' + shardOf(ngram, volume[1][level - 1]).toString(16);
  }

  // The sentences of one volume that hold every word, in the order they are shown: { length, get(i) }.
  function searchVolume(base, volume, words) {
    var top = volume[1].length;
    var perWord = words.map(function (word) {
      return piecesOf(word, top).map(function (piece) { piece.shard = shardKey(volume, piece.ngram); return piece; });
    });
    var needed = [];
    perWord.forEach(function (pieces) { pieces.forEach(function (p) { if (needed.indexOf(p.shard) < 0) needed.push(p.shard); }); });
    return Promise.all(needed.map(function (k) { return load(base, k); })).then(function () {
      if (perWord.length === 1 && perWord[0].length === 1) {
        var piece = perWord[0][0];
        return new LazyKeys(postingText(piece.shard, piece.ngram), piece.ngram.length === top, volume[2]);
      }
      var found = null;
      for (var w = 0; w < perWord.length && (!found || found.length > 0); w++) {
        var keys = sentencesWith(perWord[w], top, volume[2]);
        found = found ? intersect(found, keys) : keys;
      }
      return new ArrayKeys(found);
    });
  }

  var POSITION_SPAN = 1048576; // a place in the volume: sentence key × this + offset in the sentence

  // The sentences where a word's pieces stand at their distances from one another (高质量教 at p and 教育体系 at
  // p + 3 give 高质量教育体系 at p; both in a sentence, apart, give nothing), or that hold its one piece.
  function sentencesWith(pieces, top, meetings) {
    if (pieces.length === 1) {
      var list = postingsIn(pieces[0].shard, pieces[0].ngram, pieces[0].ngram.length === top, meetings);
      return distinct(list.keys.subarray(0, list.length), 1);
    }
    var places = null;
    pieces.forEach(function (piece) {
      var list = postingsIn(piece.shard, piece.ngram, true, meetings);
      var here = new Float64Array(list.length);
      var n = 0;
      for (var i = 0; i < list.length; i++) {
        var start = list.positions[i] - piece.offset;
        if (start >= 0) here[n++] = list.keys[i] * POSITION_SPAN + start;
      }
      // Within a sentence the positions ascend, and so do the places; across sentences the keys do.
      here = here.subarray(0, n);
      places = places ? intersect(places, here) : here;
    });
    return distinct(places, POSITION_SPAN);
  }

  // The sentences of ascending values (keys, or places in sentences: key × scale + offset), each once.
  function distinct(values, scale) {
    var keys = new Float64Array(values.length);
    var count = 0;
    for (var i = 0; i < values.length; i++) {
      var key = Math.floor(values[i] / scale);
      if (count === 0 || keys[count - 1] !== key) keys[count++] = key;
    }
    return keys.subarray(0, count);
  }

  // The values two ascending arrays share, ascending.
  function intersect(a, b) {
    var out = new Float64Array(Math.min(a.length, b.length));
    var i = 0, j = 0, n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else { out[n++] = a[i]; i++; j++; }
    }
    return out.subarray(0, n);
  }

  function postingText(shard, ngram) {
    var data = loadedData[shard];
    return data && Object.prototype.hasOwnProperty.call(data, ngram) ? data[ngram] : '';
  }

  var decoded = Object.create(null);
  function postingsIn(shard, ngram, positional, meetings) {
    var id = shard + '\u0000' + ngram;
    if (!decoded[id]) decoded[id] = decodeAll(postingText(shard, ngram), positional, meetings);
    return decoded[id];
  }

  function termsMatching(terms, words) {
    var query = words.join('');
    var pinyin = /^[a-z]+$/.test(query) ? query.replace(/v/g, 'u') : null;
    var scored = [];
    terms.forEach(function (t) {
      var rank = -1;
      if (pinyin) {
        if (t[2] === pinyin || t[1] === pinyin) rank = 0;
        else if (t[2].indexOf(pinyin) === 0 || t[1].indexOf(pinyin) === 0) rank = 1;
      } else {
        var folded = fold(t[0]);
        if (words.every(function (w) { return folded.indexOf(w) >= 0; })) rank = folded === query ? 0 : 1;
      }
      if (rank >= 0) scored.push({ term: t, rank: rank });
    });
    scored.sort(function (a, b) { return a.rank - b.rank || b.term[4] - a.term[4]; });
    return scored.slice(0, 8).map(function (s) { return s.term; });
  }

  // ---- The page ------------------------------------------------------------------------------------------------

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
  }

  function href(root, sitePath, fragment) {
    return root + sitePath.split('/').map(encodeURIComponent).join('/') + (fragment ? '#' + encodeURIComponent(fragment) : '');
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  // The sentence as text nodes, each occurrence of a word inside <mark>. Folding keeps every offset.
  function marked(sentence, words) {
    var folded = fold(sentence);
    var ranges = [];
    words.forEach(function (w) {
      for (var at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) ranges.push([at, at + w.length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment();
    var done = 0;
    ranges.forEach(function (r) {
      if (r[1] <= done) return;
      var start = Math.max(r[0], done);
      if (start > done) fragment.appendChild(document.createTextNode(sentence.slice(done, start)));
      fragment.appendChild(element('mark', null, sentence.slice(start, r[1])));
      done = r[1];
    });
    if (done < sentence.length) fragment.appendChild(document.createTextNode(sentence.slice(done)));
    return fragment;
  }

  function indexBase(manifestHref) { return manifestHref.slice(0, manifestHref.lastIndexOf('/') + 1); }

  function SearchPage(container) {
    this.box = container;
    this.base = indexBase(container.getAttribute('data-index'));
    this.root = this.base.replace(/search\/$/, '');
    this.input = container.querySelector('#search-q');
    this.status = container.querySelector('.search-status');
    this.took = container.querySelector('.search-took');
    this.termsBox = container.querySelector('.search-terms');
    this.none = container.querySelector('.search-none');
    this.results = container.querySelector('.search-results');
    this.more = container.querySelector('.search-more');
    this.scope = container.querySelector('.search-scope');
    this.run = 0;
    this.timer = 0;
  }

  SearchPage.prototype.text = function (name, values) {
    return format(this.box.getAttribute('data-' + name) || '', values || {});
  };

  SearchPage.prototype.start = function () {
    var self = this;
    var params = new URLSearchParams(location.search);
    this.meeting = params.get('m') || '';
    this.input.value = params.get('q') || '';
    this.box.hidden = false;

    this.input.addEventListener('input', function () {
      clearTimeout(self.timer);
      self.timer = setTimeout(function () { self.search(true); }, DEBOUNCE_MS);
    });
    this.box.querySelector('form').addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(self.timer);
      self.search(true);
    });
    this.scope.addEventListener('change', function (e) {
      self.meeting = e.target.value;
      self.search(true);
    });
    this.more.addEventListener('click', function () { self.showMore(true); });
    this.box.addEventListener('keydown', function (e) { self.arrows(e); });
    window.addEventListener('popstate', function () {
      var p = new URLSearchParams(location.search);
      self.input.value = p.get('q') || '';
      self.meeting = p.get('m') || '';
      self.search(false);
    });

    load(this.base, 'index').then(function (manifest) {
      self.manifest = manifest;
      self.prefetch();
      return self.showScope();
    }).then(function () {
      if (self.input.value) self.search(false);
      else self.input.focus();
    }, function (error) { self.fail(error); });
  };

  // Every query wants the terms, and its first results are mostly the newest meetings that hold its words: ask
  // now, while the reader types, for the terms, the slugs of the newest meetings and their texts (one file the
  // build gathers, see RecentTextsScript.cs), so that a common query waits for its own shards only. A query whose
  // results lie further back loads those meetings' texts when it shows them.
  SearchPage.prototype.prefetch = function () {
    var base = this.base;
    var ignore = function () {};
    load(base, 'terms').catch(ignore);
    load(base, 'recent').then(function (texts) {
      texts.forEach(function (pair) {
        if (!loading[pair[0]]) {
          loadedData[pair[0]] = pair[1];
          loading[pair[0]] = Promise.resolve(pair[1]);
        }
      });
    }, ignore);
    var newest = this.manifest.volumes[0];
    if (newest) load(base, meetingsKey(newest, newest[2] - 1)).catch(ignore);
  };

  // On a meeting's pages the box searches that meeting; the page offers the whole archive beside it.
  SearchPage.prototype.showScope = function () {
    var self = this;
    if (!this.meeting || this.manifest.meetings < 2) {
      this.meeting = '';
      return Promise.resolve();
    }
    return load(this.base, 'text/' + this.meeting).then(function (text) {
      var radios = self.scope.querySelectorAll('input');
      radios[1].value = self.meeting;
      radios[1].checked = true;
      self.scope.querySelector('.search-scope-title').textContent = text.title;
      self.scope.hidden = false;
    }, function () { self.meeting = ''; });
  };

  SearchPage.prototype.remember = function (query) {
    var params = new URLSearchParams();
    if (query) params.set('q', query);
    if (this.meeting) params.set('m', this.meeting);
    var search = params.toString();
    var url = location.pathname + (search ? '?' + search : '');
    if (url !== location.pathname + location.search) history.replaceState(null, '', url);
  };

  SearchPage.prototype.search = function (remember) {
    var self = this;
    var query = this.input.value;
    var words = wordsOf(query);
    var run = ++this.run;
    var started = performance.now();
    if (!this.manifest || words.length === 0) {
      if (remember) this.remember(query.trim());
      if (!this.manifest) return;
      this.clear();
      this.status.textContent = '';
      this.results.setAttribute('aria-busy', 'false');
      return;
    }
    this.results.setAttribute('aria-busy', 'true');

    var hits = this.meeting ? this.searchMeeting(this.meeting, words) : this.searchArchive(words);
    var terms = load(this.base, 'terms').then(function (all) { return termsMatching(all, words); }, function () { return []; });
    // The address keeps the query; written once the files the query needs are asked for, so that the browser
    // reads them while it updates its history.
    if (remember) this.remember(query.trim());
    Promise.all([hits, terms]).then(function (found) {
      if (run !== self.run) return null;
      self.found = found[0];
      self.found.words = words;
      self.clear();
      self.showTerms(found[1]);
      return self.showMore(false).then(function () {
        if (run !== self.run) return;
        var total = self.found.total;
        self.status.textContent = self.text(self.meeting ? 'count-scoped' : 'count', { n: total });
        self.took.textContent = self.text('took', { ms: Math.max(1, Math.round(performance.now() - started)) });
        if (total === 0) {
          self.none.querySelector('.search-none-text').textContent = self.text('none', { q: query.trim() });
          self.none.hidden = false;
        }
        self.results.setAttribute('aria-busy', 'false');
      });
    }).catch(function (error) { if (run === self.run) self.fail(error); });
  };

  // The whole archive: each volume's postings; results come in pages, newest meeting first, then reading order.
  SearchPage.prototype.searchArchive = function (words) {
    var self = this;
    var volumes = this.manifest.volumes;
    return Promise.all(volumes.map(function (v) { return searchVolume(self.base, v, words); })).then(function (perVolume) {
      var total = perVolume.reduce(function (n, keys) { return n + keys.length; }, 0);
      var volume = 0, walk = null;
      return {
        total: total,
        // The next hits (at most n), each with its meeting's slug, from the lists of slugs they need.
        next: function (n) {
          var page = [];
          while (page.length < n && volume < volumes.length) {
            walk = walk || newestFirst(perVolume[volume], volumes[volume]);
            var hit = walk();
            if (hit) page.push(hit);
            else { volume++; walk = null; }
          }
          var lists = {};
          page.forEach(function (h) { lists[h.list] = true; });
          return Promise.all(Object.keys(lists).map(function (key) { return load(self.base, key); })).then(function () {
            page.forEach(function (h) { h.slug = loadedData[h.list][h.meeting % MEETINGS_PER_LIST]; });
            return page;
          });
        }
      };
    });
  };

  // One meeting: its own text file holds every sentence; a scan of it is exact and needs nothing else.
  SearchPage.prototype.searchMeeting = function (slug, words) {
    return load(this.base, 'text/' + slug).then(function (text) {
      var hits = [];
      text.s.forEach(function (sentence, i) {
        var folded = fold(sentence[1]);
        if (words.every(function (w) { return folded.indexOf(w) >= 0; })) hits.push({ slug: slug, sentence: i, inMeeting: 0 });
      });
      hits.forEach(function (h) { h.inMeeting = hits.length; });
      var at = 0;
      return {
        total: hits.length,
        next: function (n) { var page = hits.slice(at, at + n); at += page.length; return Promise.resolve(page); }
      };
    });
  };

  // A volume's hits one at a time, in the order of their keys: newest meeting first, each meeting's sentences in
  // reading order. Only the hits shown are made into objects (and, for one piece, decoded at all).
  function newestFirst(keys, volume) {
    var at = 0, blockStart = 0, blockEnd = 0, count = keys.length;
    return function () {
      if (at >= count) return null;
      var key = keys.get(at);
      var rank = Math.floor(key / SENTENCES_PER_MEETING);
      if (at >= blockEnd) { // a meeting's first hit: how many it has
        blockStart = at;
        blockEnd = at + 1;
        while (blockEnd < count && Math.floor(keys.get(blockEnd) / SENTENCES_PER_MEETING) === rank) blockEnd++;
      }
      at++;
      var meeting = volume[2] - 1 - rank;
      return {
        meeting: meeting,
        sentence: key - rank * SENTENCES_PER_MEETING,
        inMeeting: blockEnd - blockStart,
        list: meetingsKey(volume, meeting)
      };
    };
  }

  SearchPage.prototype.clear = function () {
    this.results.textContent = '';
    this.termsBox.hidden = true;
    this.termsBox.querySelector('ul').textContent = '';
    this.none.hidden = true;
    this.more.hidden = true;
    this.took.textContent = '';
    this.lastMeeting = null;
  };

  SearchPage.prototype.fail = function (error) {
    this.clear();
    this.status.textContent = this.text('error');
    this.results.setAttribute('aria-busy', 'false');
    if (window.console) console.warn(error);
  };

  SearchPage.prototype.showTerms = function (terms) {
    var self = this;
    if (terms.length === 0) return;
    var list = this.termsBox.querySelector('ul');
    terms.forEach(function (t) {
      var item = element('li');
      var link = element('a', null, t[0]);
      link.href = href(self.root, t[3]);
      link.lang = 'zh-CN';
      item.appendChild(link);
      item.appendChild(element('span', 'search-count', ' ' + self.text('occurrences', { n: t[4] })));
      list.appendChild(item);
    });
    this.termsBox.hidden = false;
  };

  // The next page of results, grouped by meeting and part; each meeting's text loaded as its results are shown.
  SearchPage.prototype.showMore = function (focusFirst) {
    var self = this;
    var found = this.found;
    var run = this.run;
    return found.next(PAGE_SIZE).then(function (page) {
      if (run !== self.run) return null;
      var slugs = [];
      page.forEach(function (hit) { if (slugs.indexOf(hit.slug) < 0) slugs.push(hit.slug); });
      return Promise.all(slugs.map(function (slug) { return load(self.base, 'text/' + slug); })).then(function () {
        if (run !== self.run) return;
        var firstLink = null;
        page.forEach(function (hit) {
          var link = self.render(hit, loadedData['text/' + hit.slug], found.words);
          firstLink = firstLink || link;
        });
        found.shown = (found.shown || 0) + page.length;
        var left = found.total - found.shown;
        self.more.hidden = left <= 0;
        self.more.textContent = self.text('more', { n: left });
        if (focusFirst && firstLink) firstLink.focus();
      });
    });
  };

  SearchPage.prototype.render = function (hit, text, words) {
    var sentence = text.s[hit.sentence];
    var group = this.lastMeeting;
    if (!group || group.slug !== hit.slug) {
      var section = element('section', 'search-meeting');
      var heading = element('h2');
      var home = element('a', null, text.title);
      home.href = href(this.root, text.home);
      heading.appendChild(home);
      if (text.date) heading.appendChild(element('span', 'search-date', ' ' + text.date));
      heading.appendChild(element('span', 'search-count', ' ' + this.text('in-meeting', { n: hit.inMeeting })));
      section.appendChild(heading);
      this.results.appendChild(section);
      group = this.lastMeeting = { slug: hit.slug, section: section, part: null, list: null };
    }
    if (!group.list || group.part !== sentence[2]) {
      var part = text.parts[sentence[2]];
      if (part) {
        var partHeading = element('h3');
        var partLink = element('a', null, part[0]);
        partLink.href = href(this.root, part[1]);
        partHeading.appendChild(partLink);
        group.section.appendChild(partHeading);
      }
      group.list = element('ol', 'search-hits');
      group.section.appendChild(group.list);
      group.part = sentence[2];
    }
    var item = element('li');
    var link = element('a');
    link.href = href(this.root, text.text, sentence[0]);
    link.appendChild(marked(sentence[1], words));
    item.appendChild(link);
    group.list.appendChild(item);
    return link;
  };

  // Arrows move from the box through the results and back; Enter on a result opens it (it is a link).
  SearchPage.prototype.arrows = function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = Array.prototype.slice.call(this.results.querySelectorAll('.search-hits a'));
    if (links.length === 0) return;
    var at = links.indexOf(document.activeElement);
    var next;
    if (e.key === 'ArrowDown') next = at < 0 ? (document.activeElement === this.input ? 0 : -1) : Math.min(at + 1, links.length - 1);
    else next = at <= 0 ? (at === 0 ? 'input' : -1) : at - 1;
    if (next === -1) return;
    e.preventDefault();
    if (next === 'input') this.input.focus();
    else links[next].focus();
  };

  // ---- The header's box: Enter goes to the search page, with the meeting when on a meeting's page -------------

  function headerBox(form) {
    form.hidden = false;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var params = new URLSearchParams();
      var q = form.querySelector('input').value.trim();
      if (q) params.set('q', q);
      var meeting = form.getAttribute('data-meeting');
      if (meeting) params.set('m', meeting);
      var search = params.toString();
      location.href = form.getAttribute('action') + (search ? '?' + search : '');
    });
  }

  function isTyping(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function start() {
    var page = document.querySelector('.search[data-index]');
    var form = document.querySelector('form.site-search');
    if (form) headerBox(form);
    if (page) new SearchPage(page).start();
    var box = page ? page.querySelector('#search-q') : form && form.querySelector('input');
    document.addEventListener('keydown', function (e) {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && box && !isTyping(e.target)) {
        e.preventDefault();
        box.focus();
        box.select();
      }
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
