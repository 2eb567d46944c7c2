/**
 * YAML front matter (Jekyll, Hugo, GitHub Pages) is page metadata, not policy text: read as
 * Markdown it becomes a setext heading ("layout: default title: Privacy") whose words count as
 * context for the whole page. It is blanked out character for character, so every offset and
 * column after it stays true, and its `title:` becomes the page's top heading.
 */
// It opens the file, after at most a few one-line HTML comments (a note of where the page came from).
const OPEN = /^\uFEFF?(?:[ \t]*<!--[^\n]*-->[ \t]*\n|[ \t]*\n){0,5}---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
// Front matter is short; a document that opens with a thematic break and never closes it is
// just Markdown (bounded, so the scan stays linear on any input).
const MAX_LINES = 200;
const TITLE = /^title:[ \t]*(["']?)(.*?)\1[ \t]*$/;

export function maskFrontMatter(source: string): string {
  const open = OPEN.exec(source);
  if (!open) return source;
  const lines: string[] = [];
  let at = open[0].length;
  for (let n = 0; n < MAX_LINES && at <= source.length; n++) {
    const end = source.indexOf('\n', at);
    if (end < 0) return source;
    const line = source.slice(at, end);
    if (CLOSE.test(line)) {
      const body = lines.map(maskLine).join('\n');
      const lead = open[0].slice(0, open[0].lastIndexOf('---'));
      return `${lead}${' '.repeat(open[0].length - lead.length - 1)}\n${body}${lines.length > 0 ? '\n' : ''}${' '.repeat(line.length)}${source.slice(end)}`;
    }
    lines.push(line);
    at = end + 1;
  }
  return source;
}

// "title: Code of Conduct" -> "#      Code of Conduct" (same length); any other line -> spaces.
function maskLine(line: string): string {
  const title = TITLE.exec(line);
  if (!title || title[2].trim() === '') return ' '.repeat(line.length);
  const start = line.indexOf(title[2], 'title:'.length);
  return `#${' '.repeat(start - 1)}${title[2]}${' '.repeat(line.length - start - title[2].length)}`;
}
