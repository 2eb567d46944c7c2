/** The Markdown files under a folder, sorted, as the benchmark's scripts read them (no other imports: the parse floor loads this). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function markdownFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(path, out);
    else if (/\.(md|markdown)$/i.test(entry.name)) out.push(path);
  }
  return out;
}
