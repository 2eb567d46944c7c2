/** One policy set through the stages: read every file, match against the rubric, keep the results. */
import { readDocumentFile, type ReadLimits } from './documents/read.js';
import type { Document } from './documents/types.js';
import { match, type Exemption } from './match/match.js';
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
}

export async function checkSet(spec: SetSpec, options: SetOptions): Promise<SetInput & { documents: number }> {
  const entries: FileEntry[] = [...(spec.skipped ?? [])];
  const documents: Document[] = [];
  for (const given of spec.documents ?? []) {
    documents.push(given.document);
    entries.push(given.entry);
  }
  for (const file of spec.files) {
    const outcome = await readDocumentFile(file.abs, file.display, options.limits, options.docLanguage);
    entries.push(outcome.entry);
    if (outcome.document) documents.push(outcome.document);
  }
  const { results, problems } = match(documents, options.rubric, {
    exemptions: options.exemptions,
    today: options.today,
    ...(options.docLanguage ? { language: options.docLanguage } : {}),
  });
  const docProblems = documents.flatMap((d) => d.warnings.filter((w) => w.startsWith('line ')).map((w) => `${d.path}:${w.slice(5)}`));
  return { id: spec.id, files: entries, results, problems: [...docProblems, ...problems], documents: documents.length };
}
