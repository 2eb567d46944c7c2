/** The Report: the one shape every formatter reads and `--format json` prints. */
import type { ReportLanguage } from './messages.js';
import type { Reason } from './reasons.js';

export type Status = 'covered' | 'weak' | 'missing' | 'not-applicable';

export interface Evidence {
  file: string;
  line: number;
  column: number;
  page?: number;
  paragraph?: number;
  endLine?: number;
  endColumn?: number;
  quote: string;
  /** Headings above the quote, outermost first. */
  section?: string[];
  /** Which signal found it (its label), and how it reads: firm, hedged, partial, contradicted, heading. */
  signal: string;
  strength: 'firm' | 'hedged' | 'partial' | 'contradicted' | 'heading';
}

export interface ElementResult {
  id: string;
  area: string;
  title: string;
  status: Status;
  /** 0..1: how sure the engine is of this status. */
  confidence: number;
  evidence: Evidence[];
  /** Why the status, in words a person can check (in the report's language). */
  reasons: string[];
  /** The same reasons as data: a stable code and its parameters, the same in every language. */
  why: Reason[];
  /** For weak and missing: the guiding question and what good wording addresses. */
  question?: string;
  goodWording?: string;
  /** For not-applicable: the reason the organization gave, and where. */
  notApplicable?: { reason: string; source: string; expires?: string };
}

export interface FileEntry {
  path: string;
  format: string | null;
  error: string | null;
  warnings?: string[];
  encoding?: string;
  language?: string;
}

export interface SetSummary {
  covered: number;
  weak: number;
  missing: number;
  notApplicable: number;
  /** 0..100: covered counts 1, weak 0.5, over the applicable elements. */
  score: number;
}

export interface SetReport {
  id: string;
  files: FileEntry[];
  summary: SetSummary;
  elements: ElementResult[];
  /** Problems with the set itself: a lapsed exemption, a bad inline marker. */
  problems?: string[];
}

export interface RubricInfo {
  id: string;
  version: string;
  title: string;
  areas: { id: string; title: string }[];
  /** Per element: the text formatters need for rules and help (SARIF, JUnit, HTML). */
  elements: {
    id: string;
    area: string;
    /** Title, question, expects and good wording are in the report language. */
    title: string;
    question: string;
    expects: string;
    goodWording: string;
    source: string;
    helpUri?: string;
    /** The title in the rubric's own language, when the report shows another: for names that must not change with the language (SARIF rule names). */
    baseTitle?: string;
  }[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  rubric: RubricInfo;
  sets: SetReport[];
  /** Set only when a --baseline was compared. */
  comparison?: Comparison;
}

export interface Change {
  set: string;
  element: string;
  from: Status;
  to: Status;
}

export interface Comparison {
  baseline: string;
  regressions: Change[];
  improvements: Change[];
}

export interface FormatOptions {
  color: boolean;
  cwd: string;
  verbose: boolean;
  quiet: boolean;
  /** Language of every human word the formatter adds (labels, headings, status words). */
  lang: ReportLanguage;
  /** Batch matrix columns: one per area (default) or per element. */
  by?: 'area' | 'element';
  /** SARIF/GitLab severity per status. */
  levels?: { weak: 'note' | 'warning' | 'error'; missing: 'note' | 'warning' | 'error' };
  bom?: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;
