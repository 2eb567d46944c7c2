// The inline stylesheet and script of the HTML report (no external resource, no url()).

export const CSS = `
:root {
  --fg: #1f2328; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --border: #d0d7de; --accent: #0b5cad;
  --ok: #116329; --ok-bg: #d5f5dc; --weak: #6f4400; --weak-bg: #fbefc0;
  --miss: #a40e26; --miss-bg: #ffe0dd; --na: #57606a; --na-bg: #eaeef2;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--fg); background: var(--bg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
}
code, cite, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
code { font-size: .85em; background: var(--panel); padding: 1px 5px; border-radius: 4px; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.top { border-bottom: 1px solid var(--border); background: var(--panel); }
.top > div, main, footer { max-width: 1200px; margin: 0 auto; padding-left: 32px; padding-right: 32px; }
.top > div { padding-top: 22px; padding-bottom: 18px; }
h1 { font-size: 1.55rem; line-height: 1.25; margin: 0 0 4px; }
.sub { color: var(--muted); margin: 0; }
main { padding-top: 8px; padding-bottom: 48px; }
h2 { font-size: 1.3rem; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 26px 0 8px; }
h4 { font-size: 1rem; margin: 0 0 6px; display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 16px 0 20px; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 12px 14px; }
.card .n { display: block; font-size: 1.7rem; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.2; }
.card .l { color: var(--muted); font-size: .85rem; }
.bar { height: 6px; background: var(--na-bg); border-radius: 3px; overflow: hidden; margin-top: 8px; }
.bar > span { display: block; height: 100%; background: var(--accent); }
.badge {
  display: inline-flex; gap: 5px; align-items: center; padding: 0 9px; border-radius: 999px;
  font-size: .8rem; font-weight: 600; white-space: nowrap; line-height: 1.6;
}
.s-covered { color: var(--ok); background: var(--ok-bg); }
.s-weak { color: var(--weak); background: var(--weak-bg); }
.s-missing { color: var(--miss); background: var(--miss-bg); }
.s-not-applicable { color: var(--na); background: var(--na-bg); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
thead th { color: var(--muted); font-weight: 600; font-size: .82rem; }
table.areas { table-layout: fixed; margin-bottom: 8px; }
table.areas th:nth-child(1) { width: 34%; }
table.areas th:nth-child(2) { width: 17%; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.problems { border: 1px solid #d4a72c; background: #fff8c5; color: #4d3800; border-radius: 6px; padding: 8px 14px; margin: 12px 0; }
.problems ul { margin: 4px 0; padding-left: 20px; }
.gap { border: 1px solid var(--border); border-left: 4px solid var(--na); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.gap.k-weak { border-left-color: #bf8700; }
.gap.k-missing { border-left-color: var(--miss); }
.gap dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 8px 0; }
.gap dt { color: var(--muted); font-size: .85rem; }
.gap dd { margin: 0; }
.reason { margin: 4px 0; }
blockquote { margin: 8px 0 2px; padding: 6px 12px; border-left: 3px solid var(--border); background: var(--panel); white-space: pre-wrap; overflow-wrap: anywhere; }
cite { display: block; color: var(--muted); font-style: normal; font-size: .78rem; margin-bottom: 6px; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: 10px; font-size: .85rem; margin: 8px 0; }
.controls { display: flex; flex-wrap: wrap; gap: 10px 22px; align-items: center; margin: 12px 0; padding: 10px 14px; background: var(--panel); border-radius: 8px; }
.controls fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 12px; flex-wrap: wrap; }
.controls legend { float: left; margin-right: 8px; color: var(--muted); }
.controls label { white-space: nowrap; }
.count { color: var(--muted); font-size: .85rem; }
.matrix-wrap { overflow-x: auto; border: 1px solid var(--border); border-radius: 8px; width: fit-content; max-width: 100%; }
table.matrix { width: auto; }
table.matrix th, table.matrix td { border-bottom: 1px solid var(--bg); padding: 4px 8px; }
table.matrix thead th { background: var(--panel); border-bottom: 1px solid var(--border); }
table.matrix th.area { text-align: center; border-left: 2px solid var(--bg); font-size: .78rem; }
table.matrix th.el { vertical-align: bottom; padding: 6px 2px; font-weight: 500; }
table.matrix th.el span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-size: .75rem; }
table.matrix th.member { min-width: 12em; }
table.matrix td.cell { padding: 0; text-align: center; border-left: 1px solid var(--bg); }
table.matrix td.cell a { display: block; min-width: 28px; padding: 4px 0; color: inherit; text-decoration: none; font-weight: 600; }
table.matrix td.cell a:hover { outline: 2px solid var(--fg); outline-offset: -2px; }
table.matrix td.off { opacity: .18; }
table.matrix td.none { color: var(--muted); }
th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline dotted; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
.detail { border: 1px solid var(--border); border-radius: 8px; padding: 12px 16px; margin: 12px 0; background: var(--bg); }
.detail h3 { margin-top: 0; }
details > summary { cursor: pointer; color: var(--accent); margin: 10px 0; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
footer { color: var(--muted); font-size: .8rem; border-top: 1px solid var(--border); padding-top: 12px; padding-bottom: 24px; }
@media (max-width: 640px) { .top > div, main, footer { padding-left: 16px; padding-right: 16px; } }
@media print {
  body { font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .controls, .detail, .noprint { display: none !important; }
  .top { background: none; }
  .top > div, main, footer { max-width: none; padding-left: 0; padding-right: 0; }
  .matrix-wrap { overflow: visible; border: 0; }
  h2, h3, h4 { break-after: avoid; }
  .gap, tr, blockquote { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  section.member { break-before: page; }
}
`;

// Plain ES2017 without template literals; it reads the JSON data block and never writes HTML
// (textContent and DOM moves only), so report text cannot become markup here either.
export const SCRIPT = `
(function () {
  'use strict';
  var STATUSES = ['covered', 'weak', 'missing', 'not-applicable'];
  var dataNode = document.getElementById('data');
  var data = dataNode ? JSON.parse(dataNode.textContent || '{}') : null;
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function openTo(id) {
    var node = id && document.getElementById(id);
    for (var n = node; n; n = n.parentElement) if (n.tagName === 'DETAILS') n.open = true;
  }
  window.addEventListener('hashchange', function () { openTo(decodeURIComponent(location.hash.slice(1))); });
  window.addEventListener('beforeprint', function () { each(document.querySelectorAll('details'), function (d) { d.open = true; }); });
  var table = document.getElementById('matrix');
  if (!data || !table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var sort = { key: '', dir: 1 };
  function sortBy(key) {
    sort = { key: key, dir: sort.key === key ? -sort.dir : 1 };
    rows.sort(function (a, b) {
      var ma = data.members[+a.dataset.m], mb = data.members[+b.dataset.m];
      var c = key === 'score' ? ma.score - mb.score : ma.id.localeCompare(mb.id);
      return c * sort.dir || (+a.dataset.m - +b.dataset.m);
    });
    each(rows, function (row) { tbody.appendChild(row); });
    each(table.querySelectorAll('th[data-sort]'), function (th) {
      th.setAttribute('aria-sort', th.dataset.sort !== key ? 'none' : sort.dir > 0 ? 'ascending' : 'descending');
    });
  }
  each(table.querySelectorAll('th[data-sort] button'), function (button) {
    button.addEventListener('click', function () { sortBy(button.parentNode.dataset.sort); });
  });
  var area = document.getElementById('f-area');
  var boxes = document.querySelectorAll('input[name="f-status"]');
  var count = document.getElementById('f-count');
  function filter() {
    var on = {};
    each(boxes, function (box) { on[box.value] = box.checked; });
    each(table.querySelectorAll('[data-area]'), function (node) { node.hidden = area.value !== '' && node.dataset.area !== area.value; });
    var shown = 0;
    each(rows, function (row) {
      var member = data.members[+row.dataset.m];
      var any = false;
      each(row.querySelectorAll('a[data-e]'), function (link) {
        var td = link.parentNode;
        var cell = member.cells[+link.dataset.e];
        var match = !!cell && on[cell.s] === true;
        td.classList.toggle('off', !match);
        if (match && !td.hidden) any = true;
      });
      row.hidden = !any;
      if (any) shown += 1;
    });
    var words = data.text || {};
    var template = (shown <= 1 ? words.showingOne : words.showingOther) || '{shown} / {total}';
    count.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  }
  area.addEventListener('change', filter);
  each(boxes, function (box) { box.addEventListener('change', filter); });
  var panel = document.getElementById('detail');
  function text(id, value) { var node = document.getElementById(id); node.textContent = value || ''; node.hidden = !value; }
  function show(m, e) {
    var member = data.members[m], element = data.elements[e], cell = member.cells[e];
    if (!cell) return;
    text('d-title', element.title + ' (' + element.id + ')');
    text('d-member', member.id);
    var badge = document.getElementById('d-status');
    badge.className = 'badge s-' + (STATUSES.indexOf(cell.s) >= 0 ? cell.s : 'not-applicable');
    badge.textContent = cell.symbol + ' ' + cell.label;
    text('d-reason', cell.r);
    text('d-question', cell.q);
    text('d-quote', cell.t);
    text('d-where', cell.w);
    document.getElementById('d-link').setAttribute('href', '#' + cell.a);
    panel.hidden = false;
    if (panel.scrollIntoView) panel.scrollIntoView({ block: 'nearest' });
  }
  table.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-e]');
    if (!link) return;
    event.preventDefault();
    show(+link.parentNode.parentNode.dataset.m, +link.dataset.e);
  });
  document.getElementById('d-link').addEventListener('click', function () { openTo(this.getAttribute('href').slice(1)); });
  document.getElementById('d-close').addEventListener('click', function () { panel.hidden = true; });
})();
`;
