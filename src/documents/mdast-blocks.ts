/** Walks an mdast tree (from Markdown, or HTML via rehype-remark) into positioned blocks. */
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { BlockBuilder } from './blocks.js';
import type { Block, BlockKind, Position } from './types.js';

interface WalkState {
  blocks: Block[];
  headings: { depth: number; text: string }[];
  source: string | undefined;
}

/**
 * Turns the tree into blocks. `source` is the text the positions refer to; it lets runs that
 * mdast stripped of indentation find their real column. Without it, columns follow the node.
 */
export function mdastToBlocks(tree: Root, source?: string): Block[] {
  const state: WalkState = { blocks: [], headings: [], source };
  walkChildren(tree.children, state, undefined);
  return state.blocks;
}

function headingPath(state: WalkState): string[] {
  return state.headings.map((h) => h.text);
}

function walkChildren(children: RootContent[], state: WalkState, leadIn: string | undefined): void {
  let previousParagraph: string | undefined;
  for (const node of children) {
    if (node.type === 'list') {
      const lead = previousParagraph && /[:\u2013\u2014-]\s*$/.test(previousParagraph) ? previousParagraph : leadIn;
      for (const item of node.children) walkListItem(item.children, state, lead);
      previousParagraph = undefined;
      continue;
    }
    previousParagraph = undefined;
    switch (node.type) {
      case 'heading': {
        const builder = inlineBuilder(node, state);
        const text = builder.length > 0 ? builder.build('heading', headingPath(state)) : undefined;
        while (state.headings.length > 0 && state.headings[state.headings.length - 1].depth >= node.depth) state.headings.pop();
        if (text) {
          state.headings.push({ depth: node.depth, text: text.text });
          state.blocks.push({ ...text, headingPath: headingPath(state) });
        }
        break;
      }
      case 'paragraph': {
        const block = inlineBuilder(node, state).build(leadIn ? 'list-item' : 'paragraph', headingPath(state), leadIn);
        if (block) {
          state.blocks.push(block);
          previousParagraph = block.text;
        }
        break;
      }
      case 'blockquote':
        walkChildren(node.children, state, leadIn);
        break;
      case 'table':
        walkTable(node, state);
        break;
      case 'code': {
        // Code blocks are not policy prose; skip them (they often hold examples or config).
        break;
      }
      default:
        break;
    }
  }
}

function walkListItem(children: RootContent[], state: WalkState, leadIn: string | undefined): void {
  let first = true;
  for (const child of children) {
    if (child.type === 'paragraph') {
      const block = inlineBuilder(child, state).build('list-item', headingPath(state), leadIn);
      if (block) state.blocks.push(block);
      // A nested list under this item takes the item's text as its lead-in.
      if (first && block) leadIn = block.text;
      first = false;
    } else {
      walkChildren([child], state, leadIn);
    }
  }
}

function walkTable(node: Extract<RootContent, { type: 'table' }>, state: WalkState): void {
  const header = node.children[0]?.children.map((cell) => inlineBuilder(cell, state).build('table-cell', [])?.text ?? '');
  node.children.forEach((row, rowIndex) => {
    row.children.forEach((cell, cellIndex) => {
      const leadIn = rowIndex > 0 ? header?.[cellIndex] || undefined : undefined;
      const block = inlineBuilder(cell, state).build('table-cell', headingPath(state), leadIn);
      if (block) state.blocks.push(block);
    });
  });
}

// Collects the visible text of an inline subtree, with a piece per source run.
function inlineBuilder(node: Parents, state: WalkState): BlockBuilder {
  const builder = new BlockBuilder();
  collectInline(node, builder, state);
  return builder;
}

function collectInline(node: Nodes, builder: BlockBuilder, state: WalkState): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const start = node.position?.start;
      const lead = node.type === 'inlineCode' ? inlineCodeLead(node, state) : 0;
      addRuns(node.value, start ? { line: start.line, column: start.column + lead, offset: (start.offset ?? 0) + lead } : undefined, builder, state);
      return;
    }
    case 'break':
      builder.gap();
      return;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) collectInline(child, builder, state);
  }
}

function inlineCodeLead(node: Nodes, state: WalkState): number {
  const offset = node.position?.start.offset;
  if (offset === undefined || !state.source) return 1;
  let lead = 0;
  while (state.source.charCodeAt(offset + lead) === 96) lead++;
  return lead;
}

// A text value can span lines; each line becomes its own run so columns stay right.
function addRuns(value: string, start: Position | undefined, builder: BlockBuilder, state: WalkState): void {
  const lines = value.split('\n');
  let position = start ?? { line: 1, column: 1, offset: 0 };
  lines.forEach((line, index) => {
    if (index > 0) {
      // Join words hyphenated across a line break ("confiden-\ntiality").
      if (!builder.joinHyphenated(line)) builder.gap();
      position = nextLinePosition(position, line, state);
    }
    builder.add(line, position);
  });
}

// Finds where a continuation line really starts in the source (mdast strips its indentation).
function nextLinePosition(previous: Position, line: string, state: WalkState): Position {
  const lineNumber = previous.line + 1;
  if (!state.source) return { line: lineNumber, column: 1, offset: previous.offset };
  const lineStart = state.source.indexOf('\n', previous.offset) + 1;
  if (lineStart <= 0) return { line: lineNumber, column: 1, offset: previous.offset };
  const lineEnd = state.source.indexOf('\n', lineStart);
  const sourceLine = state.source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const at = line.length > 0 ? sourceLine.indexOf(line) : -1;
  const column = at >= 0 ? at + 1 : sourceLine.length - sourceLine.trimStart().length + 1;
  return { line: lineNumber, column, offset: lineStart + column - 1 };
}
