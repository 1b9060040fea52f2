// meeting serve: reloads this page when the site is rebuilt, and shows a failed build over the page.
// Injected only when serving (never written into the site). No inline code or style attribute: the site's
// Content-Security-Policy allows this file as a same-origin script, and styles are set through the CSSOM.
(() => {
  const script = document.currentScript;
  const served = script.dataset.generation;
  const events = new EventSource(script.dataset.events);
  let overlay = null;

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function show(text) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'meeting-serve-problem';
    overlay.setAttribute('role', 'alert');
    Object.assign(overlay.style, {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem',
      background: 'rgba(20, 12, 12, 0.92)', color: '#fff', font: '14px/1.5 ui-monospace, monospace',
    });
    const heading = document.createElement('h2');
    heading.textContent = 'meeting serve: the last edit did not build; this page is the last good site';
    Object.assign(heading.style, { font: 'bold 16px/1.4 sans-serif', margin: '0 0 1rem', color: '#ffb4b4' });
    const pre = document.createElement('pre');
    pre.textContent = text;
    Object.assign(pre.style, { whiteSpace: 'pre-wrap', margin: '0' });
    overlay.append(heading, pre);
    document.body.append(overlay);
  }

  // "site" names the build the server has now: a page served from an older one reloads at once.
  events.addEventListener('site', e => { if (e.data !== served) location.reload(); else hide(); });
  events.addEventListener('problem', e => show(e.data));
})();
