// `--format html`: one offline page: a member × element heat map for a batch, a readable report for one set.
import { languageName, t, tCount, type ReportLanguage } from '../messages.js';
import type { Comparison, ElementResult, FormatOptions, Formatter, Report, SetReport, Status } from '../types.js';
import { jsonForScript, safeHttpUrl } from './escape.js';
import { isGap, locationText, type RubricElement } from './gaps.js';
import { CSS, SCRIPT } from './html-assets.js';
import { html, trusted, type Markup } from './html-tag.js';
import { scoreText, statusTitle, statusWord } from './labels.js';
import { SYMBOLS } from './symbols.js';
import { truncate } from './text.js';

// Nothing can be fetched, even if some text escaped its escaping.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
const STATUSES: Status[] = ['covered', 'weak', 'missing', 'not-applicable'];

interface Page {
  report: Report;
  options: FormatOptions;
  rules: Map<string, RubricElement>;
  /** Element id -> its index in report.rubric.elements, for matrix cells and data. */
  index: Map<string, number>;
}

/** The id of an element's block inside member `m`: index based, so no report text reaches an id. */
function anchor(m: number, e: number): string {
  return `m${m}-e${e}`;
}

/** A status with its symbol and word, so colour is never the only signal. */
function badge(status: Status, lang: FormatOptions['lang']): Markup {
  return html`<span class="badge s-${status}"><span aria-hidden="true">${SYMBOLS[status]}</span> ${statusTitle(status, lang)}</span>`;
}

/** Summary cards: score with a bar, then the four counts. */
function cards(set: SetReport, lang: FormatOptions['lang']): Markup {
  const { summary } = set;
  const score = Math.max(0, Math.min(100, Math.round(summary.score)));
  const count = (status: Status, n: number): Markup =>
    html`<div class="card"><span class="n">${n}</span><span class="l">${badge(status, lang)}</span></div>`;
  return html`<div class="cards">
<div class="card"><span class="n">${scoreText(summary.score)}</span><span class="l">${t(lang, 'html.score')}</span><div class="bar" aria-hidden="true"><span style="width:${score}%"></span></div></div>
${count('covered', summary.covered)}${count('weak', summary.weak)}${count('missing', summary.missing)}${count('not-applicable', summary.notApplicable)}
</div>`;
}

/** Unreadable files and set problems. */
function problems(set: SetReport, lang: ReportLanguage): Markup | '' {
  const items = [
    ...set.files.filter((file) => file.error !== null).map((file) => t(lang, 'file.unreadableTitle', { path: file.path, error: file.error ?? '' })),
    ...(set.problems ?? []),
  ];
  if (items.length === 0) return '';
  return html`<div class="problems" role="note"><strong>${t(lang, 'heading.problems')}</strong><ul>${items.map((item) => html`<li>${item}</li>`)}</ul></div>`;
}

/** A quote and where it is. */
function evidenceBlock(evidence: ElementResult['evidence'][number], lang: ReportLanguage): Markup {
  const section = evidence.section && evidence.section.length > 0 ? ` · ${evidence.section.join(' › ')}` : '';
  return html`<blockquote>${evidence.quote}</blockquote><cite>${locationText(evidence, lang)}${section} · ${t(lang, `strength.${evidence.strength}`)}</cite>`;
}

/** A weak or missing element with everything a writer needs to fix it. */
function gapBlock(page: Page, element: ElementResult, id: string): Markup {
  const rule = page.rules.get(element.id);
  const question = element.question ?? rule?.question;
  const wording = element.goodWording ?? rule?.goodWording;
  const help = safeHttpUrl(rule?.helpUri);
  const { lang } = page.options;
  return html`<div class="gap k-${element.status}" id="${id}">
<h4>${badge(element.status, lang)} ${element.title} <code>${element.id}</code></h4>
${element.reasons.map((reason) => html`<p class="reason">${reason}</p>`)}
<dl>${question ? html`<dt>${t(lang, 'label.ask')}</dt><dd>${question}</dd>` : ''}${wording ? html`<dt>${t(lang, 'label.goodWording')}</dt><dd>${wording}</dd>` : ''}${rule ? html`<dt>${t(lang, 'label.expected')}</dt><dd>${rule.expects}</dd><dt>${t(lang, 'label.source')}</dt><dd>${rule.source}</dd>` : ''}</dl>
${element.evidence.map((evidence) => evidenceBlock(evidence, lang))}
${help ? html`<p><a href="${help}" rel="noopener noreferrer">${t(lang, 'html.guidanceFor', { id: element.id })}</a></p>` : ''}
</div>`;
}

/** One table per area: element, status, best evidence (or the not-applicable reason). */
function areaTables(page: Page, set: SetReport, m: number): Markup[] {
  const { report, options } = page;
  return report.rubric.areas.flatMap((area) => {
    const elements = set.elements.filter((element) => element.area === area.id);
    if (elements.length === 0) return [];
    const rows = elements.map((element) => {
      const e = page.index.get(element.id) ?? -1;
      const first = element.evidence[0];
      const note = element.notApplicable
        ? html`${element.notApplicable.reason} <cite>${element.notApplicable.source}</cite>`
        : first
          ? html`“${truncate(first.quote, 160)}” <cite>${locationText(first, options.lang)}</cite>`
          : html`<span class="sub">${element.reasons[0] ?? ''}</span>`;
      const id = isGap(element.status) ? null : anchor(m, e);
      return html`<tr${id ? html` id="${id}"` : ''}><td>${element.title}<br><code>${element.id}</code></td><td>${badge(element.status, options.lang)}</td><td>${note}</td></tr>`;
    });
    const head = html`<th>${t(options.lang, 'column.element')}</th><th>${t(options.lang, 'column.status')}</th><th>${t(options.lang, 'column.evidence')}</th>`;
    return [html`<h4>${area.title}</h4><table class="areas"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`];
  });
}

/** The set's files, each readable one with its detected document language. */
function fileList(set: SetReport, lang: ReportLanguage): Markup {
  const items = set.files.map((file) =>
    file.error === null ? html`${file.path} (<span class="lang">${languageName(lang, file.language)}</span>)` : html`${file.path}`);
  const joined = items.flatMap((item, i) => (i === 0 ? [item] : [html`, `, item]));
  return html`<p class="sub files">${t(lang, 'html.filesCount', { n: set.files.length })}${t(lang, 'punct.colon')}${joined}</p>`;
}

/** The report for one set; in a batch the area tables fold away under <details>. */
function setSection(page: Page, set: SetReport, m: number, batch: boolean): Markup {
  const { lang } = page.options;
  const gaps = set.elements.filter((element) => isGap(element.status));
  const gapList = gaps.length === 0
    ? html`<p>${t(lang, 'gaps.none')}</p>`
    : gaps.map((element) => gapBlock(page, element, anchor(m, page.index.get(element.id) ?? -1)));
  const tables = areaTables(page, set, m);
  const files = fileList(set, lang);
  const gapsHeading = t(lang, 'heading.gapsCount', { n: gaps.length });
  if (!batch) {
    return html`${files}${cards(set, lang)}${problems(set, lang)}<h2>${t(lang, 'heading.byArea')}</h2>${legend(lang)}${tables}<h2>${gapsHeading}</h2>${gapList}`;
  }
  return html`<section class="member" id="m${m}"><h2>${set.id} <span class="sub">${scoreText(set.summary.score)}</span></h2>
${files}${cards(set, lang)}${problems(set, lang)}<h3>${gapsHeading}</h3>${gapList}
<details><summary>${t(lang, 'heading.allByArea')}</summary>${tables}</details></section>`;
}

/** The heat map: members as rows, elements as columns grouped under their areas. */
function matrix(page: Page): Markup {
  const { report, options } = page;
  const elements = report.rubric.elements;
  const areaHeads = report.rubric.areas.map((area) => {
    const span = elements.filter((element) => element.area === area.id).length;
    return span === 0 ? '' : html`<th class="area" colspan="${span}" data-area="${area.id}" scope="colgroup" title="${area.title}">${area.id}</th>`;
  });
  const elementHeads = elements.map((element) => {
    const short = element.id.startsWith(`${element.area}.`) ? element.id.slice(element.area.length + 1) : element.id;
    return html`<th class="el" data-area="${element.area}" scope="col" title="${element.title} (${element.id})"><span>${short}</span></th>`;
  });
  const rows = report.sets.map((set, m) => {
    const byId = new Map(set.elements.map((element) => [element.id, element]));
    const cells = elements.map((rule, e) => {
      const element = byId.get(rule.id);
      if (!element) return html`<td class="cell none" data-area="${rule.area}">–</td>`;
      const label = `${set.id} — ${rule.title}${t(options.lang, 'punct.colon')}${statusWord(element.status, options.lang)}`;
      return html`<td class="cell s-${element.status}" data-area="${rule.area}"><a href="#${anchor(m, e)}" data-e="${e}" title="${label}"><span aria-hidden="true">${SYMBOLS[element.status]}</span><span class="sr">${label}</span></a></td>`;
    });
    return html`<tr data-m="${m}"><th scope="row"><a href="#m${m}">${set.id}</a></th><td class="num">${scoreText(set.summary.score)}</td>${cells}</tr>`;
  });
  return html`<div class="matrix-wrap"><table class="matrix" id="matrix">
<thead><tr><th rowspan="2" class="member" data-sort="name" aria-sort="none" scope="col"><button type="button">${t(options.lang, 'column.member')}</button></th><th rowspan="2" class="num" data-sort="score" aria-sort="none" scope="col"><button type="button">${t(options.lang, 'column.score')}</button></th>${areaHeads}</tr>
<tr>${elementHeads}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/** Area and status filters. */
function controls(page: Page): Markup {
  const { report, options } = page;
  const boxes = STATUSES.map((status) => html`<label><input type="checkbox" name="f-status" value="${status}" checked> ${badge(status, options.lang)}</label>`);
  const { lang } = options;
  const total = report.sets.length;
  return html`<div class="controls noprint"><label>${t(lang, 'column.area')} <select id="f-area"><option value="">${t(lang, 'html.allAreas')}</option>${report.rubric.areas.map((area) => html`<option value="${area.id}">${area.title}</option>`)}</select></label>
<fieldset><legend>${t(lang, 'column.status')}</legend>${boxes}</fieldset><span class="count" id="f-count" aria-live="polite">${tCount(lang, 'html.showing', total, { shown: total, total })}</span></div>`;
}

/** The panel that shows the clicked cell (filled by the script with textContent only). */
function detailPanel(lang: ReportLanguage): Markup {
  return html`<aside class="detail" id="detail" hidden aria-live="polite"><h3 id="d-title"></h3><p><span id="d-member"></span> <span id="d-status" class="badge"></span></p>
<p id="d-reason" class="reason"></p><p id="d-question"></p><blockquote id="d-quote"></blockquote><cite id="d-where"></cite>
<p><a id="d-link" href="#">${t(lang, 'html.fullDetails')}</a> · <button type="button" id="d-close">${t(lang, 'html.close')}</button></p></aside>`;
}

/** Legend: the four statuses as badges; the matrix also says "weak" for a mixed area. */
function legend(lang: FormatOptions['lang']): Markup {
  return html`<div class="legend" aria-label="${t(lang, 'html.legend')}">${STATUSES.map((status) => badge(status, lang))}<span>– ${t(lang, 'matrix.notAssessed')}</span></div>`;
}

/** Regressions and improvements against the baseline. */
function changes(comparison: Comparison | undefined, lang: FormatOptions['lang']): Markup | '' {
  if (!comparison) return '';
  const row = (kind: string, c: Comparison['regressions'][number]): Markup =>
    html`<tr><td>${kind}</td><td>${c.set}</td><td><code>${c.element}</code></td><td>${badge(c.from, lang)} → ${badge(c.to, lang)}</td></tr>`;
  const rows = [...comparison.regressions.map((c) => row(t(lang, 'change.regression'), c)), ...comparison.improvements.map((c) => row(t(lang, 'change.improvement'), c))];
  const counts = t(lang, 'changes.counts', { regressions: comparison.regressions.length, improvements: comparison.improvements.length });
  const head = ['column.change', 'column.set', 'column.element', 'column.status'] as const;
  return html`<h2>${t(lang, 'heading.changesSince', { baseline: comparison.baseline })}</h2><p>${counts}</p>
${rows.length ? html`<table><thead><tr>${head.map((key) => html`<th>${t(lang, key)}</th>`)}</tr></thead><tbody>${rows}</tbody></table>` : ''}`;
}

/** What the script needs: statuses and the text of the clicked cell; escaped for a script block. */
function pageData(page: Page): string {
  const { report, options } = page;
  const elements = report.rubric.elements.map(({ id, area, title }) => ({ id, area, title }));
  const members = report.sets.map((set, m) => {
    const byId = new Map(set.elements.map((element) => [element.id, element]));
    const cells = report.rubric.elements.map((rule, e) => {
      const element = byId.get(rule.id);
      if (!element) return null;
      const first = element.evidence[0];
      return {
        s: element.status,
        symbol: SYMBOLS[element.status],
        label: statusTitle(element.status, options.lang),
        r: element.notApplicable?.reason ?? element.reasons[0] ?? '',
        q: isGap(element.status) ? (element.question ?? rule.question) : '',
        t: first ? first.quote : '',
        w: first ? locationText(first, options.lang) : '',
        a: anchor(m, e),
      };
    });
    return { id: set.id, score: set.summary.score, cells };
  });
  // The script's only words: the filter count, with {shown} and {total} filled in (one: 0 or 1 shown).
  // (English says "Showing 1 of 4 members" and "Showing 0 of 4 members" alike: both its forms are the same.)
  const text = { showingOne: t(options.lang, 'html.showing.one'), showingOther: t(options.lang, 'html.showing.other') };
  return jsonForScript({ elements, members, text });
}

export const htmlReport: Formatter = (report, options) => {
  const page: Page = {
    report,
    options,
    rules: new Map(report.rubric.elements.map((rule) => [rule.id, rule])),
    index: new Map(report.rubric.elements.map((rule, i) => [rule.id, i])),
  };
  const batch = report.sets.length > 1;
  const { rubric, tool } = report;
  const { lang } = options;
  const title = batch ? t(lang, 'report.titleMembers', { n: report.sets.length }) : t(lang, 'report.title', { name: report.sets[0]?.id ?? '' });
  const body = batch
    ? html`<h2>${t(lang, 'heading.matrix')}</h2>${legend(lang)}${controls(page)}${matrix(page)}${detailPanel(lang)}${report.sets.map((set, m) => setSection(page, set, m, true))}`
    : html`${report.sets.map((set, m) => setSection(page, set, m, false))}`;
  const doc = html`<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${tool.name} ${tool.version}">
<title>${title}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
<header class="top"><div><h1>${title}</h1><p class="sub">${t(lang, 'report.rubricLine', { title: rubric.title, id: rubric.id, version: rubric.version })}</p></div></header>
<main>
${body}
${changes(report.comparison, options.lang)}
</main>
<footer>${t(lang, 'html.footer', { tool: `${tool.name} ${tool.version}` })}</footer>
<script type="application/json" id="data">${trusted(pageData(page))}</script>
<script>${trusted(SCRIPT)}</script>
</body>
</html>
`;
  return doc.value;
};

export { htmlReport as html };
