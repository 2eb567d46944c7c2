/** Reads a YAML file into data while keeping a way back to line:column for any node. */
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document as YamlDocument } from 'yaml';
import { UserError, type UserErrorCode } from '../errors.js';

export interface YamlFile {
  path: string;
  data: unknown;
  /** "file:line:column" of the node at a JSON-pointer-like path, or of the file. */
  locate(path: (string | number)[]): string;
}

/** Hard limits: a rubric or config is small; anything this large is a mistake or an attack. */
export const YAML_LIMITS = { bytes: 2 * 1024 * 1024, aliases: 100, depth: 64 };

export function parseYaml(path: string, text: string, code: UserErrorCode): YamlFile {
  if (text.length > YAML_LIMITS.bytes) {
    throw new UserError(code, `${path}: file is ${Math.round(text.length / 1024)} KiB; the limit for rubric and config files is ${YAML_LIMITS.bytes / 1024 / 1024} MiB`);
  }
  const lineCounter = new LineCounter();
  const doc: YamlDocument = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${path}:${line}:${col}`;
  };
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
    throw new UserError(code, `${path}: ${(cause as Error).message}`, { cause, hint: 'YAML aliases (*name) are limited; write the values out.' });
  }
  if (depthOf(data) > YAML_LIMITS.depth) {
    throw new UserError(code, `${path}: nesting is deeper than ${YAML_LIMITS.depth} levels`);
  }
  const locate = (nodePath: (string | number)[]) => {
    // Point at the key of a mapping entry ("colour: blue" -> "colour"), not at its value.
    const parent = doc.getIn(nodePath.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === nodePath[nodePath.length - 1]);
      if (pair && isScalar(pair.key) && pair.key.range) return where(pair.key.range[0]);
    }
    for (let n = nodePath.length; n >= 0; n--) {
      const node = doc.getIn(nodePath.slice(0, n), true);
      if (isNode(node) && node.range) return where(node.range[0]);
    }
    return `${path}:1:1`;
  };
  return { path, data, locate };
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > YAML_LIMITS.depth) return depth;
  if (Array.isArray(value)) return Math.max(depth, ...value.map((v) => depthOf(v, depth + 1)));
  if (value && typeof value === 'object') return Math.max(depth, ...Object.values(value).map((v) => depthOf(v, depth + 1)));
  return depth;
}
