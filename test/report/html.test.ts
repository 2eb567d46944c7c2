// HTML: offline (no URL can be loaded), every string escaped, data block cannot break out, a11y basics.
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, safeHttpUrl } from '../../src/report/formatters/escape.js';
import { SCRIPT } from '../../src/report/formatters/html-assets.js';
import { html } from '../../src/report/formatters/html.js';
import { NASTY_QUOTE, makeElement, makeEvidence, makeOptions, makeReport, makeSet, makeSingleReport } from '../helpers/factories.js';

const batch = html(makeReport(), makeOptions());
const single = html(makeSingleReport(), makeOptions());

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Every element of the page as a browser would parse it (rehype-parse follows the HTML spec). */
function elements(page: string): HastNode[] {
  const found: HastNode[] = [];
  const walk = (node: HastNode): void => {
    if (node.type === 'element') found.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(unified().use(rehypeParse).parse(page) as unknown as HastNode);
  return found;
}

/** The text of the JSON data block. */
function dataBlock(page: string): string {
  const match = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(page);
  expect(match).not.toBeNull();
  return match![1];
}

describe('html is self-contained', () => {
  it.each([['batch', batch], ['single', single]])('%s: loads nothing: no src, no <link, no url(, no @import', (_name, page) => {
    const nodes = elements(page);
    expect(nodes.filter((node) => node.properties && 'src' in node.properties)).toEqual([]);
    expect(nodes.filter((node) => node.tagName === 'link')).toEqual([]);
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/url\(/i);
    expect(page).not.toMatch(/@import/i);
    expect(page).not.toMatch(/<(img|iframe|object|embed|video|audio|source|base|form)\b/i);
  });

  it.each([['batch', batch], ['single', single]])('%s: every href is a fragment or an http(s) help link, never javascript:', (_name, page) => {
    const hrefs = elements(page).flatMap((node) => (node.properties?.href === undefined ? [] : [String(node.properties.href)]));
    expect(hrefs).toEqual([...page.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]));
    for (const href of hrefs) expect(href).toMatch(/^(#[\w-]*|https:\/\/example\.org\/ccr\/free-policy)$/);
    expect(page).not.toMatch(/javascript:/i);
  });

  it('declares a Content-Security-Policy that allows only inline style and script', () => {
    expect(single).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    );
    expect(single.indexOf('Content-Security-Policy')).toBeLessThan(single.indexOf('<style>'));
  });

  it('has exactly one stylesheet, one data block and one script, all inline', () => {
    expect(batch.match(/<style>/g)).toHaveLength(1);
    expect(batch.match(/<script\b/g)).toHaveLength(2);
    expect(batch).toContain('<script type="application/json" id="data">');
  });
});

describe('html escaping', () => {
  it.each([['batch', batch], ['single', single]])('%s: the <script>alert(1)</script> quote appears only escaped', (_name, page) => {
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;over $50&quot;');
  });

  it('keeps the nasty quote in the data block, escaped so </script> cannot end it', () => {
    const text = dataBlock(batch);
    expect(text).not.toContain('<');
    expect(JSON.stringify(JSON.parse(text))).toContain(JSON.stringify(NASTY_QUOTE).slice(1, -1));
  });

  it('survives a set id and a quote built to break out of the page', () => {
    const evil = '</script><script>alert(1)</script><!--\u2028"\'><img src=x onerror=alert(1)>';
    const report = makeReport({
      sets: [
        makeSet({ id: evil, elements: [makeElement({ id: 'coi.gifts', status: 'weak', evidence: [makeEvidence({ quote: evil, file: evil })], reasons: [evil] })] }),
        makeSet({ id: 'b' }),
      ],
    });
    const page = html(report, makeOptions());
    const nodes = elements(page);
    expect(nodes.filter((node) => node.tagName === 'script')).toHaveLength(2);
    expect(nodes.filter((node) => node.tagName === 'img')).toEqual([]);
    expect(nodes.filter((node) => Object.keys(node.properties ?? {}).some((key) => /^(src|on)/i.test(key)))).toEqual([]);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(JSON.parse(dataBlock(page)).members[0].id).toBe(evil);
  });

  it.each([
    ['<a href="x">&\'', '&lt;a href=&quot;x&quot;&gt;&amp;&#39;'],
    [42, '42'],
  ])('escapeHtml(%j)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('jsonForScript escapes <, >, & and the line separators', () => {
    expect(jsonForScript({ a: '</script>&\u2028\u2029' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}');
  });

  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org/a b', 'http://example.org/a%20b'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['/relative', undefined],
    ['//example.org', undefined],
    [undefined, undefined],
  ])('safeHttpUrl(%j) is %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('html content', () => {
  it('draws the batch heat map with a symbol and a text label in every cell', () => {
    expect(batch).toContain('<table class="matrix" id="matrix">');
    const cells = batch.match(/<td class="cell s-[a-z-]+"/g) ?? [];
    expect(cells).toHaveLength(18);
    expect(batch).toContain('<span class="sr">acme-settlement — Gifts from clients: weak</span>');
    expect(batch).toContain('data-sort="name"');
    expect(batch).toContain('data-sort="score"');
    expect(batch).toContain('<select id="f-area">');
    expect(batch.match(/<input type="checkbox" name="f-status"/g)).toHaveLength(4);
    expect(batch).toContain('<a href="https://example.org/ccr/free-policy" rel="noopener noreferrer">');
  });

  it('links every matrix cell to an element block that exists', () => {
    const targets = [...batch.matchAll(/<td class="cell[^>]*><a href="#([^"]+)"/g)].map((m) => m[1]);
    for (const id of targets) expect(batch).toContain(`id="${id}"`);
  });

  it('gives one set summary cards, area tables and gaps with guidance, and no matrix', () => {
    expect(single).not.toContain('id="matrix"');
    expect(single).toContain('<span class="n">50/100</span>');
    expect(single).toContain('<h2>By area</h2>');
    expect(single).toContain('<h2>Gaps (5)</h2>');
    expect(single).toContain('<dt>Ask</dt><dd>Does the policy say whether workers may accept gifts, payments or favours from clients?</dd>');
    expect(single).toContain('<dt>Good wording</dt>');
  });

  it('ships a script that parses and never writes markup', () => {
    expect(() => new Function(SCRIPT)).not.toThrow();
    expect(SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(SCRIPT).not.toContain('</script');
  });

  it('has a legend, a print stylesheet and the page language', () => {
    expect(single).toContain('class="legend"');
    expect(single).toContain('@media print');
    expect(html(makeSingleReport(), makeOptions({ lang: 'fr' }))).toContain('<html lang="fr">');
  });
});
