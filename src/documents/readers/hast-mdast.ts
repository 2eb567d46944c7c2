/** hast -> mdast through rehype-remark, tidied into the shapes mdastToBlocks expects. */
import { unified } from 'unified';
import rehypeRemark from 'rehype-remark';
import type { Root as HastRoot } from 'hast';
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';

export async function hastToMdast(tree: HastRoot): Promise<Root> {
  const mdast = (await unified().use(rehypeRemark).run(tree as never)) as unknown as Root;
  tidy(mdast);
  return mdast;
}

// Inline code becomes plain text (policy prose quotes terms in <code>); table cells that hold
// paragraphs (every DOCX cell does) are flattened with breaks, else "A" and "B" would run together as "AB".
function tidy(parent: Parents): void {
  const children = parent.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'inlineCode') {
      children[i] = { type: 'text', value: child.value, ...(child.position ? { position: child.position } : {}) };
      continue;
    }
    if (child.type === 'tableCell') child.children = flattenPhrasing(child.children as Nodes[]);
    // A table without <th> gets an empty made-up header row; drop it so the first real row heads the table.
    if (child.type === 'table' && child.children.length > 1 && child.children[0].children.every((cell) => cell.children.length === 0)) {
      child.children.shift();
    }
    if ('children' in child) tidy(child);
  }
}

function flattenPhrasing(nodes: Nodes[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (isPhrasing(node)) {
      out.push(node);
      continue;
    }
    // A block inside a cell: keep its inline content, separated from what came before.
    const inner = 'children' in node ? flattenPhrasing(node.children as Nodes[]) : [];
    if (inner.length === 0) continue;
    if (out.length > 0) out.push({ type: 'break' });
    out.push(...inner);
  }
  return out;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'break', 'inlineCode', 'image', 'imageReference', 'html', 'footnoteReference']);

function isPhrasing(node: Nodes): node is PhrasingContent {
  return PHRASING.has(node.type);
}
