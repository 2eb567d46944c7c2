/** The shape every reader returns: text in blocks, with source positions kept beside it. */

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'docx' | 'pdf';

/** 1-based line and column, 0-based offset, like unist. `page` for PDF, `paragraph` for DOCX. */
export interface Position {
  line: number;
  column: number;
  offset: number;
  page?: number;
  paragraph?: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/**
 * A piece maps a run of block text back to the source: the characters of `text` from `at`
 * up to the next piece sit on one source line, starting at `start`.
 */
export interface Piece {
  at: number;
  start: Position;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'quote';

export interface Block {
  kind: BlockKind;
  text: string;
  pieces: Piece[];
  /** Heading texts from the outermost down to the nearest heading above this block. */
  headingPath: string[];
  /** For list items and table cells: the paragraph that introduces them ("Staff must not:"). */
  leadIn?: string;
}

/** An inline instruction written in the policy itself, e.g. a not-applicable marker. */
export type Marker =
  | { kind: 'not-applicable'; element: string; reason: string; position: Position }
  /** A `policy-gap:` comment we could not read; matching reports it with its line. */
  | { kind: 'invalid'; problem: string; position: Position };

export interface Document {
  path: string;
  format: DocumentFormat;
  blocks: Block[];
  markers: Marker[];
  /** Problems the reader found but could live with (odd encoding, lost layout). */
  warnings: string[];
  encoding?: string;
  language?: string;
  pages?: number;
}

/** What a reader receives: the bytes and the path they came from (for messages only). */
export interface ReaderInput {
  path: string;
  bytes: Uint8Array;
}

export type Reader = (input: ReaderInput) => Promise<Document> | Document;
