/** Reads a YAML file into data while keeping a way back to line:column for any node. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CST, Document as YamlDocument } from 'yaml';
import { UserError, type UserErrorCode } from '../errors.js';

// The yaml package (~30 ms to load) is needed only for a user's rubric or a config file: a check
// with a shipped rubric reads the JSON cached at build time. So it is loaded on first use.
const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));

export interface YamlFile {
  path: string;
  data: unknown;
  /** "file:line:column" of the node at a JSON-pointer-like path, or of the file. */
  locate(path: (string | number)[]): string;
}

/** Hard limits: a rubric or config is small; anything this large is a mistake or an attack. */
export const YAML_LIMITS = { bytes: 2 * 1024 * 1024, aliases: 100, depth: 64 };

/**
 * Reads a rubric or config file as UTF-8, refusing before reading what is not a regular file (a
 * named pipe or /dev/zero would block or never end) or is larger than the limit. `what` names the
 * file in messages ("rubric", "config").
 */
export function readYamlText(path: string, code: UserErrorCode, what: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    throw new UserError(code, `cannot read ${what} ${path}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new UserError(code, `cannot read ${what} ${path}: it is a folder`, { hint: `give the path of a ${what} .yaml file` });
    if (!stats.isFile()) throw new UserError(code, `cannot read ${what} ${path}: not a regular file`, { hint: `give the path of a ${what} .yaml file` });
    if (stats.size > YAML_LIMITS.bytes) throw tooLarge(path, stats.size, code);
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, buffer, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    throw new UserError(code, `cannot read ${what} ${path}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, size: number, code: UserErrorCode): UserError {
  return new UserError(code, `${path}: file is ${Math.round(size / 1024)} KiB; the limit for rubric and config files is ${YAML_LIMITS.bytes / 1024 / 1024} MiB`, {
    hint: 'a rubric or config is a few hundred KiB at most; is this the right file?',
  });
}

export function parseYaml(path: string, text: string, code: UserErrorCode): YamlFile {
  if (text.length > YAML_LIMITS.bytes) throw tooLarge(path, text.length, code);
  const lineCounter = new (yaml().LineCounter)();
  const where = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${path}:${line}:${col}`;
  };
  // The parser keeps its own stack; composing the tree recurses once per level. Deep nesting is
  // refused on the parser's output, before composing, so it can never overflow the call stack
  // (thousands of levels did, and a second overflow in the same process can abort V8 outright).
  const tokens = [...new (yaml().Parser)(lineCounter.addNewLine).parse(text)];
  const deep = tooDeep(tokens, YAML_LIMITS.depth);
  if (deep !== undefined) {
    throw new UserError(code, `${where(deep)}: nesting is deeper than ${YAML_LIMITS.depth} levels`, { hint: 'rubrics and configs nest a few levels; flatten the structure' });
  }
  const doc = composeOne(tokens, text.length);
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new UserError(code, `${where(first.pos[0])}: invalid YAML: ${message}`, { cause: first });
  }
  let data: unknown;
  try {
    // maxAliasCount stops "billion laughs" alias bombs before they expand.
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.aliases });
  } catch (cause) {
    // Point at the first alias: that is where the expansion starts.
    let at: number | undefined;
    yaml().visit(doc, { Alias: (_key, node) => ((at = node.range?.[0]), yaml().visit.BREAK) });
    const place = at === undefined ? path : where(at);
    throw new UserError(code, `${place}: ${(cause as Error).message}`, { cause, hint: `YAML aliases (*name) are limited to ${YAML_LIMITS.aliases} expansions; write the values out.` });
  }
  if (depthOf(data) > YAML_LIMITS.depth) {
    // Only aliases can nest deeper than the text does (the text was checked): a loop or a chain of them.
    let at: number | undefined;
    yaml().visit(doc, { Alias: (_key, node) => ((at = node.range?.[0]), yaml().visit.BREAK) });
    throw new UserError(code, `${at === undefined ? path : where(at)}: nesting is deeper than ${YAML_LIMITS.depth} levels (through aliases)`, { hint: 'an alias (*name) may not refer to a node that contains it; write the values out.' });
  }
  const locate = (nodePath: (string | number)[]) => {
    // Point at the key of a mapping entry ("colour: blue" -> "colour"), not at its value.
    const parent = doc.getIn(nodePath.slice(0, -1), true);
    if (yaml().isMap(parent)) {
      const pair = parent.items.find((item) => yaml().isScalar(item.key) && item.key.value === nodePath[nodePath.length - 1]);
      if (pair && yaml().isScalar(pair.key) && pair.key.range) return where(pair.key.range[0]);
    }
    for (let n = nodePath.length; n >= 0; n--) {
      const node = doc.getIn(nodePath.slice(0, n), true);
      if (yaml().isNode(node) && node.range) return where(node.range[0]);
    }
    return `${path}:1:1`;
  };
  return { path, data, locate };
}

const composeOptions = { prettyErrors: false, uniqueKeys: true } as const;

// What parseDocument does, from tokens already parsed: the first document, an error for any more.
function composeOne(tokens: CST.Token[], length: number): YamlDocument {
  const composer = new (yaml().Composer)(composeOptions);
  let doc: YamlDocument | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next as YamlDocument;
    else {
      doc.errors.push(new (yaml().YAMLParseError)(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

/** Offset of the first collection nested deeper than `limit` in the CST, without recursion. */
function tooDeep(tokens: CST.Token[], limit: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth >= limit) return token.offset;
    for (const item of token.items) {
      if ('key' in item && item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > YAML_LIMITS.depth) return depth;
  if (Array.isArray(value)) return Math.max(depth, ...value.map((v) => depthOf(v, depth + 1)));
  if (value && typeof value === 'object') return Math.max(depth, ...Object.values(value).map((v) => depthOf(v, depth + 1)));
  return depth;
}
