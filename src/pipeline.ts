/** One policy set through the stages: read every file, match against the rubric, keep the results. */
import { formatOf } from './documents/load.js';
import { readDocumentFile, type ReadLimits } from './documents/read.js';
import type { Document } from './documents/types.js';
import { match, type Exemption, type MatchOptions } from './match/match.js';
import type { Language } from './match/stem.js';
import type { SetInput } from './report/build.js';
import type { FileEntry } from './report/types.js';
import type { Rubric } from './rubric/types.js';

export interface SetSpec {
  id: string;
  /** Absolute paths to read, with the path to show for each. */
  files: { abs: string; display: string }[];
  /** Documents already parsed (standard input). */
  documents?: { document: Document; entry: FileEntry }[];
  /** Entries for files that were skipped before reading (walk problems). */
  skipped?: FileEntry[];
}

export interface SetOptions {
  rubric: Rubric;
  limits: ReadLimits;
  exemptions: Exemption[];
  today: string;
  docLanguage?: Language;
  /** Called before reading file `i` of spec.files, and with -1 once matching starts (a batch worker reports it). */
  onFile?: (file: number) => void;
  /** Files not to read, with the error to report for each (index into spec.files): they stopped a batch worker. */
  failed?: Record<number, string>;
}

export async function checkSet(spec: SetSpec, options: SetOptions): Promise<SetInput & { documents: number }> {
  const entries: FileEntry[] = [...(spec.skipped ?? [])];
  const documents: Document[] = [];
  for (const given of spec.documents ?? []) {
    documents.push(given.document);
    entries.push(given.entry);
  }
  for (const [i, file] of spec.files.entries()) {
    const failed = options.failed?.[i];
    if (failed !== undefined) {
      entries.push({ path: file.display, format: formatOf(file.abs) ?? null, error: failed });
      continue;
    }
    options.onFile?.(i);
    const outcome = await readDocumentFile(file.abs, file.display, options.limits, options.docLanguage);
    entries.push(outcome.entry);
    if (outcome.document) documents.push(outcome.document);
  }
  options.onFile?.(-1);
  const matchOptions: MatchOptions = {
    exemptions: options.exemptions,
    today: options.today,
    ...(options.docLanguage ? { language: options.docLanguage } : {}),
  };
  const { results, problems, matched } = matchSafely(documents, options.rubric, matchOptions, entries);
  return { id: spec.id, files: entries, results, problems, documents: matched.length };
}

/**
 * Matches the set's documents together. Should matching fail (a document the engine cannot cope
 * with), the documents are tried one by one: those that fail get the error on their file entry
 * and the rest are matched together, so one hostile file does not lose the whole set.
 */
function matchSafely(documents: Document[], rubric: Rubric, options: MatchOptions, entries: FileEntry[]) {
  try {
    return { ...match(documents, rubric, options), matched: documents };
  } catch (error) {
    const matched: Document[] = [];
    for (const document of documents) {
      try {
        match([document], rubric, options);
        matched.push(document);
      } catch (cause) {
        const message = (cause as Error)?.message ?? String(cause);
        const entry = entries.find((e) => e.path === document.path && e.error === null);
        if (entry) entry.error = `cannot be matched: ${message} (please report this as a policy-gap bug)`;
      }
    }
    // If every document matches alone, the failure was in matching them together: that is a bug, not input.
    if (matched.length === documents.length) throw error;
    return { ...match(matched, rubric, options), matched };
  }
}
