/** Tidies mammoth's HTML for DOCX: footnote links, outline headings typed as plain paragraphs, paragraph numbers. */
import type { Element, ElementContent, Root } from 'hast';
import { looksLikeTitle, numberedHeadingDepth } from './heading-rules.js';

const HEADING = /^h([1-6])$/;

/**
 * Many policies never use Heading styles: "2.1 Gifts" is a Normal paragraph, often bold. A top-level
 * paragraph that is numbered like an outline, or wholly bold and title-like, becomes a heading.
 * Numbered ones nest by their number; bold ones sit one level under the last styled heading.
 */
export function promoteHeadings(tree: Root): void {
  let styledLevel = 1;
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    const styled = HEADING.exec(node.tagName);
    if (styled) {
      styledLevel = Number(styled[1]);
      continue;
    }
    if (node.tagName !== 'p') continue;
    const text = textOf(node).trim();
    const depth = numberedHeadingDepth(text);
    if (depth > 0) node.tagName = `h${Math.min(6, depth + 1)}`;
    else if (looksLikeTitle(text, 10) && allBold(node.children, false)) node.tagName = `h${Math.min(6, styledLevel + 1)}`;
  }
}

const NOTE_LINK = /^#(?:footnote|endnote)-(?:ref-)?[0-9]+$/;
const NOTE_ITEM = /^(?:footnote|endnote)-[0-9]+$/;

/**
 * Footnotes: mammoth writes "[1]" links into the text ("Staff must:[1]" would hide the colon of a
 * lead-in) and a list of notes with "↑" back links at the end. Drop the links; the notes become
 * plain paragraphs.
 */
export function tidyNotes(tree: Root): void {
  const clean = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type !== 'element') return [node];
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && NOTE_LINK.test(href)) return [];
      const children = clean(node.children);
      if (node.tagName === 'sup' && children.length === 0 && node.children.length > 0) return [];
      const isNotes = node.tagName === 'ol' && children.length > 0 && children.every((li) => li.type === 'element' && NOTE_ITEM.test(String(li.properties.id ?? '')));
      if (isNotes) return children.flatMap((li) => (li.type === 'element' ? li.children : []));
      return [{ ...node, children }];
    });
  tree.children = clean(tree.children as ElementContent[]) as Root['children'];
}

// Elements whose text is one DOCX paragraph (mammoth writes one of these per w:p).
const PARAGRAPH_LEVEL = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'caption', 'dt', 'dd']);

/**
 * Numbers paragraphs 1, 2, ... in body order, counting those with text (mammoth drops empty ones),
 * and stamps the number on each text node as its line, which rehype-remark carries into mdast.
 */
export function numberParagraphs(tree: Root): number {
  const numbers = new Map<Element | Root, number>();
  let count = 0;
  const walk = (nodes: ElementContent[], owner: Element | Root) => {
    for (const node of nodes) {
      if (node.type === 'element') walk(node.children, PARAGRAPH_LEVEL.has(node.tagName) ? node : owner);
      else if (node.type === 'text') {
        let number = numbers.get(owner);
        if (number === undefined && node.value.trim().length > 0) numbers.set(owner, (number = ++count));
        const line = number ?? Math.max(count, 1);
        node.position = { start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } };
      }
    }
  };
  walk(tree.children as ElementContent[], tree);
  return count;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

// True when every visible character sits inside <strong> or <b>.
function allBold(nodes: ElementContent[], bold: boolean): boolean {
  let any = false;
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim().length === 0) continue;
      if (!bold) return false;
      any = true;
    } else if (node.type === 'element') {
      const inner = bold || node.tagName === 'strong' || node.tagName === 'b';
      if (textOf(node).trim().length === 0) continue;
      if (!allBold(node.children, inner)) return false;
      any = true;
    }
  }
  return any;
}
