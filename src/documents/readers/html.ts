/** HTML reader: main content only, through rehype-remark, with positions in the HTML source. */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root as HastRoot } from 'hast';
import { lineStarts } from '../blocks.js';
import { decode, type Decoded } from '../decode.js';
import { scanMarkers } from '../markers.js';
import { mdastToBlocks } from '../mdast-blocks.js';
import type { Document, ReaderInput } from '../types.js';
import { hastToMdast } from './hast-mdast.js';
import { mainContent } from './html-content.js';
import { alignToSource } from './source-align.js';

export async function readHtml(input: ReaderInput): Promise<Document> {
  const warnings: string[] = [];
  const { text, encoding } = decodeHtml(input.bytes, warnings);
  const tree = unified().use(rehypeParse).parse(text) as HastRoot;
  const mdast = await hastToMdast(mainContent(tree));
  const starts = lineStarts(text);
  alignToSource(mdast, text, starts);
  const markers = scanMarkers(text, starts);
  return {
    path: input.path,
    format: 'html',
    blocks: mdastToBlocks(mdast),
    markers,
    warnings,
    encoding,
  };
}

// <meta charset="iso-8859-2"> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

/**
 * decode() settles BOMs and valid UTF-8. Only when the bytes are not UTF-8 does the page's own
 * declaration matter: it may name a legacy encoding other than Windows-1252.
 */
function decodeHtml(bytes: Uint8Array, warnings: string[]): Decoded | { text: string; encoding: string } {
  const decoded = decode(bytes);
  if (decoded.encoding !== 'windows-1252') return decoded;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label || ['windows-1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii'].includes(label)) return decoded;
  if (label === 'utf-8' || label === 'utf8') {
    warnings.push('declares UTF-8 but is not valid UTF-8; read as Windows-1252');
    return decoded;
  }
  try {
    return { text: new TextDecoder(label).decode(bytes), encoding: label };
  } catch {
    warnings.push(`unknown charset "${label}"; read as Windows-1252`);
    return decoded;
  }
}
