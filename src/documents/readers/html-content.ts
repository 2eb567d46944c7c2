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
// Many saved pages (older themes, page builders) mark their chrome only by class or id, with no
// <nav> or role. Exact names only, the ones themes and cookie tools use: a word such as "sidebar"
// inside a longer class ("has-sidebar", "content-with-sidebar") describes the layout of the
// content, and a privacy policy's own "cookies" section is content.
const CHROME_NAMES = new Set([
  'nav', 'navbar', 'navigation', 'main-navigation', 'site-navigation', 'primary-navigation', 'main-nav',
  'menu', 'main-menu', 'primary-menu', 'top-menu', 'mobile-menu', 'footer-menu', 'menu-main-menu',
  'breadcrumb', 'breadcrumbs', 'sidebar', 'site-sidebar', 'widget-area', 'sidebar-widgets',
  'site-header', 'masthead', 'global-header', 'top-bar', 'topbar',
  'footer', 'site-footer', 'page-footer', 'global-footer', 'footer-widgets', 'colophon',
  'skip-link', 'skip-links', 'skip-to-content', 'screen-reader-text', 'back-to-top',
  'social', 'social-links', 'social-icons', 'social-share', 'share-buttons', 'sharedaddy',
  'cookie-notice', 'cookie-banner', 'cookie-consent', 'cookie-bar', 'cookie-popup', 'cookie-law-info-bar',
  'cookies-banner', 'cookie-message', 'gdpr-banner', 'gdpr-consent', 'cc-window', 'cc-banner',
  'onetrust-banner-sdk', 'onetrust-consent-sdk', 'cookiebot', 'cybotcookiebotdialog', 'newsletter-signup',
]);

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
  // Page builders wrap whole pages in <section>, so named chrome goes wherever it stands.
  if (el.tagName !== 'main' && el.tagName !== 'body' && namedChrome(el)) return true;
  // Hidden content is not what readers of the page see.
  return hidden === true || hidden === '' || ariaHidden === 'true';
}

/** An element whose id or one of whose classes is a theme's name for navigation, footer or banner. */
function namedChrome(el: Element): boolean {
  const { id, className } = el.properties;
  if (typeof id === 'string' && CHROME_NAMES.has(id.toLowerCase())) return true;
  return Array.isArray(className) && className.some((name) => CHROME_NAMES.has(String(name).toLowerCase()));
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
