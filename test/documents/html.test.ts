/** Spec for the HTML reader: main content only, structure kept, positions in the HTML source. */
import { describe, expect, it } from 'vitest';
import { positionAt } from '../../src/documents/blocks.js';
import { readHtml } from '../../src/documents/readers/html.js';
import type { Block, Document } from '../../src/documents/types.js';

const read = (html: string) => readHtml({ path: 'policy.html', bytes: new TextEncoder().encode(html) });
const texts = (doc: Document) => doc.blocks.map((block) => block.text);
const find = (doc: Document, start: string) => doc.blocks.find((block) => block.text.startsWith(start)) as Block;
/** 1-based line number of the first line of `html` containing `text`. */
const lineOf = (html: string, text: string) => html.split('\n').findIndex((line) => line.includes(text)) + 1;

const PAGE = `<!doctype html>
<html lang="en">
<head><title>Policies</title><style>p { color: red }</style></head>
<body>
<header><a href="/">Example Charity</a></header>
<nav><ul><li><a href="/about">About us</a></li><li><a href="/donate">Donate now</a></li></ul></nav>
<main>
  <article>
    <header><h1>Code of Conduct</h1></header>
    <p>All staff and volunteers must act
       with integrity &amp; respect.</p>
    <h2>Gifts</h2>
    <p>Staff must not:</p>
    <ul>
      <li>accept cash</li>
      <li>accept gifts worth more than &pound;50</li>
    </ul>
    <table><tr><th>Role</th><th>Duty</th></tr><tr><td>Manager</td><td>Approves gifts</td></tr></table>
  </article>
  <aside>Related: our annual report</aside>
</main>
<footer>Registered charity 123456</footer>
<script>trackVisitor("footer")</script>
</body>
</html>`;

describe('readHtml: a page with site chrome around a main article', () => {
  it('keeps the article and drops nav, site header, aside, footer, style and script', async () => {
    const doc = await read(PAGE);
    expect(doc.format).toBe('html');
    expect(texts(doc)).toEqual([
      'Code of Conduct',
      'All staff and volunteers must act with integrity & respect.',
      'Gifts',
      'Staff must not:',
      'accept cash',
      'accept gifts worth more than £50',
      'Role',
      'Duty',
      'Manager',
      'Approves gifts',
    ]);
    const all = texts(doc).join('\n');
    for (const chrome of ['Example Charity', 'About us', 'Donate now', 'annual report', 'Registered charity', 'trackVisitor', 'color']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('keeps headings, heading paths, list lead-ins and table headers', async () => {
    const doc = await read(PAGE);
    expect(find(doc, 'Code of').kind).toBe('heading');
    expect(find(doc, 'accept cash')).toMatchObject({ kind: 'list-item', headingPath: ['Code of Conduct', 'Gifts'], leadIn: 'Staff must not:' });
    expect(find(doc, 'Approves')).toMatchObject({ kind: 'table-cell', leadIn: 'Duty' });
  });

  it.each([
    ['Code of Conduct', 'Code of Conduct'],
    ['All staff', 'All staff'],
    ['with integrity', 'with integrity'],
    ['accept gifts', 'accept gifts'],
    ['Approves gifts', 'Approves gifts'],
  ])('places "%s" at its line and column in the HTML file', async (phrase, sourceText) => {
    const doc = await read(PAGE);
    const block = doc.blocks.find((b) => b.text.includes(phrase)) as Block;
    const position = positionAt(block, block.text.indexOf(phrase));
    const line = lineOf(PAGE, sourceText);
    expect(position.line).toBe(line);
    expect(PAGE.split('\n')[line - 1].slice(position.column - 1)).toMatch(new RegExp(`^${sourceText}`));
    expect(PAGE.slice(position.offset)).toMatch(new RegExp(`^${sourceText}`));
  });

  it('maps every word of every block back to the same word in the source', async () => {
    const doc = await read(PAGE);
    for (const block of doc.blocks) {
      for (const match of block.text.matchAll(/[A-Za-z]+/g)) {
        const { offset } = positionAt(block, match.index);
        expect(PAGE.slice(offset, offset + match[0].length)).toBe(match[0]);
      }
    }
  });
});

describe('readHtml: hostile markup', () => {
  const HOSTILE = `<body><p>Report concerns to the lead.</p>
<script>alert(1)</script><img src="x" onerror="alert(2)"><iframe src="javascript:alert(3)"></iframe>
<noscript>alert(4)</noscript><button onclick="alert(5)">Click</button><form><input value="alert(6)"></form>
<template><p>alert(7)</p></template><p hidden>alert(8)</p>
</body>`;

  it('keeps no script, handler or hidden text in any block', async () => {
    const doc = await read(HOSTILE);
    expect(texts(doc)).toEqual(['Report concerns to the lead.']);
  });
});

describe('readHtml: pages without <main>', () => {
  it.each<[string, string, string[]]>([
    ['reads the body, still without chrome', '<body><nav>Menu</nav><h1>Privacy</h1><p>We keep data safe.</p><footer>Contact</footer></body>', ['Privacy', 'We keep data safe.']],
    ['prefers the articles', '<body><div>Cookie banner</div><article><h1>Safeguarding</h1><p>Children come first.</p></article></body>', ['Safeguarding', 'Children come first.']],
    ['keeps loose text in a div as a paragraph', '<body><div>Loose <b>bold</b> text</div></body>', ['Loose bold text']],
  ])('%s', async (_name, html, expected) => {
    expect(texts(await read(html))).toEqual(expected);
  });
});

describe('readHtml: chrome named only by class or id', () => {
  // A page builder's page: no <main>, <nav> or roles, every part a <div> or <section>.
  const BUILDER = `<body class="page has-sidebar">
<div id="masthead"><a href="/">Example Charity</a></div>
<div class="menu"><a href="/donate">Donate</a></div>
<section class="page-section">
  <div class="breadcrumbs">Home / Policies</div>
  <h1>Privacy</h1>
  <p>Client files are kept in a locked cabinet.</p>
  <div class="content-with-sidebar"><p>Staff share files only with consent.</p></div>
  <div id="cookies"><h2>Cookies</h2><p>Our site sets one cookie to remember your language.</p></div>
  <div class="share-buttons">Share on social media</div>
</section>
<div id="cookie-notice" class="cookie-notice">We use cookies. By continuing you consent to our use of cookies.</div>
<div id="colophon" class="site-footer"><a href="/privacy">Privacy policy</a> Registered charity 123456</div>
</body>`;

  it('drops navigation, breadcrumbs, banners, share buttons and footers named by class or id', async () => {
    expect(texts(await read(BUILDER))).toEqual([
      'Privacy',
      'Client files are kept in a locked cabinet.',
      'Staff share files only with consent.',
      'Cookies',
      'Our site sets one cookie to remember your language.',
    ]);
  });
});

describe('readHtml: markers and encodings', () => {
  it('reads not-applicable markers from HTML comments, with their line', async () => {
    const html = '<body>\n<p>Intro.</p>\n<!-- policy-gap: not-applicable coc.distrust -- we have no staff -->\n</body>';
    const doc = await read(html);
    expect(doc.markers).toEqual([{ kind: 'not-applicable', element: 'coc.distrust', reason: 'we have no staff', position: { line: 3, column: 1, offset: html.indexOf('<!--') } }]);
    expect(texts(doc)).toEqual(['Intro.']);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<p>Caf'), 0xe9, ...new TextEncoder().encode(' rules</p>')]);
    const doc = await readHtml({ path: 'old.html', bytes });
    expect(doc.encoding).toBe('windows-1252');
    expect(texts(doc)).toEqual(['Café rules']);
  });
});
