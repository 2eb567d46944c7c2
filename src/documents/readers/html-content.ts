/** Picks the main content of an HTML page and drops page chrome, scripts and forms from it. */
import type { Element, ElementContent, Root, RootContent } from 'hast';

// Never policy text: navigation, sidebars, executable or invisible content, form controls.
const DROPPED = new Set([
  'nav', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'button', 'select', 'option',
  'textarea', 'input', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'dialog', 'head',
]);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog']);
// A header or footer inside one of these belongs to that content (an article's title), not to the site.
const SECTIONING = new Set(['article', 'section']);

/** A new root holding only the content worth reading; the input tree is not changed. */
export function mainContent(tree: Root): Root {
  const main = findAll(tree, (el) => el.tagName === 'main' || el.properties.role === 'main', true)[0];
  const chosen = main ? [main] : findAll(tree, (el) => el.tagName === 'article', true);
  const children = chosen.length > 0 ? chosen : tree.children;
  return { type: 'root', children: prune(children as ElementContent[], false) as RootContent[] };
}

function prune(nodes: ElementContent[], inSection: boolean): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') {
      // Comments carry markers, which are read from the source; everything else is text.
      if (node.type === 'text') out.push(node);
      continue;
    }
    if (isDropped(node, inSection)) continue;
    out.push({ ...node, children: prune(node.children, inSection || SECTIONING.has(node.tagName)) });
  }
  return out;
}

function isDropped(el: Element, inSection: boolean): boolean {
  if (DROPPED.has(el.tagName)) return true;
  if ((el.tagName === 'header' || el.tagName === 'footer') && !inSection) return true;
  const { role, hidden, ariaHidden } = el.properties;
  if (typeof role === 'string' && CHROME_ROLES.has(role.toLowerCase())) return true;
  // Hidden content is not what readers of the page see.
  return hidden === true || hidden === '' || ariaHidden === 'true';
}

/** Elements matching `test` in document order; with `outermost`, not those nested in a match. */
function findAll(tree: Root | Element, test: (el: Element) => boolean, outermost: boolean): Element[] {
  const found: Element[] = [];
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (test(node)) {
        found.push(node);
        if (outermost) continue;
      }
      // Content inside a template or script is not part of the page.
      if (node.tagName !== 'template' && node.tagName !== 'script') walk(node.children);
    }
  };
  walk(tree.children);
  return found;
}
