/**
 * markdown-it's token stream -> the small part of an mdast tree that mdast-blocks.ts walks.
 *
 * markdown-it is about ten times faster than remark-parse (micromark + mdast-util-from-markdown) and
 * linear in its input, but its tokens carry only block line ranges (`map`), no inline positions. So
 * the tree is rebuilt here with positions for the nodes mdastToBlocks reads them from (text and
 * inline code): each run of text is found in its block's source lines, left to right, the way
 * mdast-blocks.ts already finds continuation lines. Text nodes are merged across soft line breaks
 * ("a\nb"), as mdast does, so hyphen joining and column finding are the same code for both parsers.
 */
import type { Nodes, Parents, Root } from 'mdast';
import type Token from 'markdown-it/lib/token.mjs';
import { positionOfOffset } from '../blocks.js';

interface Context {
  source: string;
  starts: number[];
  /** Offset in `source` from which the next inline run is searched. */
  cursor: number;
}

type Parent = { type: string; children: unknown[]; [key: string]: unknown };

/** Builds the tree. `source` must be the text markdown-it parsed (after its normalization). */
export function tokensToMdast(tokens: Token[], source: string, starts: number[], options: { taskLists?: boolean } = {}): Root {
  const root: Parent = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  const context: Context = { source, starts, cursor: 0 };
  const top = () => stack[stack.length - 1];
  const open = (node: Parent) => {
    top().children.push(node);
    stack.push(node);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        open({ type: 'heading', depth: Number(token.tag.slice(1)), children: [] });
        break;
      case 'paragraph_open':
        open({ type: 'paragraph', children: [] });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        open({ type: 'list', children: [] });
        break;
      case 'list_item_open':
        open({ type: 'listItem', children: [] });
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] });
        break;
      case 'table_open':
        open({ type: 'table', children: [] });
        break;
      case 'tr_open':
        // Cells carry no line range of their own: their row does.
        if (token.map) context.cursor = Math.max(context.cursor, starts[token.map[0]] ?? source.length);
        open({ type: 'tableRow', children: [] });
        break;
      case 'th_open':
      case 'td_open':
        open({ type: 'tableCell', children: [] });
        break;
      case 'heading_close':
      case 'paragraph_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
        stack.pop();
        break;
      case 'inline':
        if (token.map) context.cursor = Math.max(context.cursor, starts[token.map[0]] ?? source.length);
        inlineChildren(token.children ?? [], top(), context);
        break;
      case 'fence':
      case 'code_block':
        top().children.push({ type: 'code', value: '' });
        break;
      case 'html_block':
        top().children.push({ type: 'html', value: '' });
        break;
      default:
        // thead/tbody (mdast has rows directly under the table), hr, front matter: nothing to keep.
        break;
    }
  }
  if (options.taskLists) stripTaskMarkers(root);
  return root as unknown as Root;
}

/** GFM task list items ("- [ ] text"): the check box is syntax in remark-gfm, not text. */
function stripTaskMarkers(node: Parent): void {
  for (const child of node.children as Parent[]) {
    if (!child || !Array.isArray(child.children)) continue;
    if (child.type === 'listItem') {
      const paragraph = child.children[0] as Parent | undefined;
      const text = paragraph?.type === 'paragraph' ? (paragraph.children[0] as { type: string; value: string; position: { start: { line: number; column: number; offset: number } } } | undefined) : undefined;
      if (text?.type === 'text' && /^\[[ xX]\](?=[ \t\n]|$)/.test(text.value)) {
        text.value = text.value.slice(3);
        const { start } = text.position;
        text.position = { start: { ...start, column: start.column + 3, offset: start.offset + 3 } };
      }
    }
    stripTaskMarkers(child);
  }
}

function inlineChildren(tokens: Token[], parent: Parent, context: Context): void {
  const stack: Parent[] = [parent];
  const top = () => stack[stack.length - 1];
  const open = (type: string) => {
    const node: Parent = { type, children: [] };
    top().children.push(node);
    stack.push(node);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'text':
      case 'softbreak': {
        // One mdast text node per run of text and soft breaks, as remark makes it.
        let value = '';
        let first: Token | undefined;
        let j = i;
        for (; j < tokens.length && (tokens[j].type === 'text' || tokens[j].type === 'softbreak'); j++) {
          const part = tokens[j];
          if (part.type === 'softbreak') {
            // Before the line ending: where mdast's text node would start when it begins with it.
            if (!first) first = part;
            value += '\n';
            if (value.length === 1) part.meta = { at: lineEnd(context) };
            context.cursor = nextLineStart(context);
          } else {
            if (!first) first = part;
            const at = locate(part.content, context);
            if (value.length === 0) part.meta = { at };
            value += part.content;
          }
        }
        i = j - 1;
        const at = (first?.meta as { at: number } | undefined)?.at ?? context.cursor;
        top().children.push({ type: 'text', value, position: { start: positionOfOffset(context.starts, at) } });
        break;
      }
      case 'code_inline': {
        const at = context.source.indexOf(token.markup, context.cursor);
        const start = at >= 0 ? at : context.cursor;
        const close = context.source.indexOf(token.markup, start + token.markup.length);
        context.cursor = close >= 0 ? close + token.markup.length : start + token.markup.length + token.content.length;
        // A code span over several lines: mdast keeps its line endings (so each line gets its own
        // position); markdown-it made them spaces.
        let value = token.content;
        const raw = close >= 0 ? context.source.slice(start + token.markup.length, close) : '';
        if (raw.includes('\n')) value = /^[ \n].*[ \n]$/s.test(raw) && /[^ \n]/.test(raw) ? raw.slice(1, -1) : raw;
        top().children.push({ type: 'inlineCode', value, position: { start: positionOfOffset(context.starts, start) } });
        break;
      }
      case 'hardbreak':
        top().children.push({ type: 'break' });
        context.cursor = nextLineStart(context);
        break;
      case 'em_open':
        open('emphasis');
        break;
      case 'strong_open':
        open('strong');
        break;
      case 's_open':
        open('delete');
        break;
      case 'link_open':
        open('link');
        break;
      case 'link_close':
        skipLinkTail(token, context);
        if (stack.length > 1) stack.pop();
        break;
      case 'em_close':
      case 'strong_close':
      case 's_close':
        if (stack.length > 1) stack.pop();
        break;
      case 'html_inline':
        top().children.push({ type: 'html', value: '' });
        skip(token.content, context);
        break;
      case 'image':
        // Its alt text is not policy prose (mdast-blocks.ts skips images too); step over it.
        top().children.push({ type: 'image' });
        break;
      default:
        break;
    }
  }
}

/** Where `content` (a run of text from this line) starts, searching from the cursor; moves the cursor past it. */
function locate(content: string, context: Context): number {
  const { source } = context;
  const limit = nextLineStart(context);
  const at = source.indexOf(content, context.cursor);
  if (at >= 0 && at < limit) {
    context.cursor = at + content.length;
    return at;
  }
  // Escapes and entities ("\*", "&amp;") make the text differ from the source: find the part before
  // the first character that could have been written as one, as mdast's node starts where that run does.
  const plain = /^[^!-/:-@[-`{-~\u0080-\uffff]+/.exec(content)?.[0] ?? '';
  const lead = plain.length > 0 ? source.indexOf(plain, context.cursor) : -1;
  if (lead >= 0 && lead < limit) {
    context.cursor = lead + plain.length;
    return lead;
  }
  // The run starts with an escaped or encoded character: it starts at the next non-blank character.
  let from = context.cursor;
  while (from < limit && (source.charCodeAt(from) === 32 || source.charCodeAt(from) === 9)) from++;
  return from;
}

/**
 * Moves the cursor past a link's destination ("](url "title")", "][ref]", an autolink's ">"), so
 * that text after the link is not found inside its URL.
 */
function skipLinkTail(token: Token, context: Context): void {
  const { source } = context;
  let at = context.cursor;
  if (token.markup === 'autolink') {
    const close = source.indexOf('>', at);
    if (close >= 0) context.cursor = close + 1;
    return;
  }
  // Markup runs (emphasis delimiters, backticks) may sit between the text and the bracket.
  const limit = Math.min(source.length, at + 64);
  while (at < limit && source.charCodeAt(at) !== 93 /* ] */) at++;
  if (source.charCodeAt(at) !== 93) return;
  at++;
  const next = source.charCodeAt(at);
  if (next === 40 /* ( */) {
    let depth = 0;
    for (let i = at; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === 40) depth++;
      else if (c === 41 && --depth === 0) {
        context.cursor = i + 1;
        return;
      }
    }
  } else if (next === 91 /* [ */) {
    const close = source.indexOf(']', at);
    if (close >= 0) context.cursor = close + 1;
  } else {
    context.cursor = at;
  }
}

function skip(content: string, context: Context): void {
  const at = context.source.indexOf(content, context.cursor);
  if (at >= 0) context.cursor = at + content.length;
}

/** The offset of the line ending at or after the cursor (or the end of the source). */
function lineEnd(context: Context): number {
  const at = context.source.indexOf('\n', context.cursor);
  return at < 0 ? context.source.length : at;
}

function nextLineStart(context: Context): number {
  const at = context.source.indexOf('\n', context.cursor);
  return at < 0 ? context.source.length : at + 1;
}

export type { Nodes, Parents };
