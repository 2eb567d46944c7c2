// Plain-text layout helpers: display width (no ANSI), padding, truncation, first lines.

// Zero-width: combining marks, variation selectors, zero-width joiners and spaces.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200F\uFE00-\uFE0F\u2060]$/u;
// East Asian Wide and Fullwidth blocks (Hangul, CJK, fullwidth forms) and emoji.
const WIDE = /^[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]$/u;
const ANSI = /\u001B\[[0-9;]*m/g;

/** Columns a plain string takes in a terminal; ANSI colour codes count for nothing. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) {
    if (ZERO_WIDTH.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/** Pad `styled` (which may hold ANSI codes) to `width` columns, measuring `plain`. */
export function padEnd(styled: string, width: number, plain: string = styled): string {
  return styled + ' '.repeat(Math.max(0, width - displayWidth(plain)));
}

/** Pad on the left, for numbers. */
export function padStart(styled: string, width: number, plain: string = styled): string {
  return ' '.repeat(Math.max(0, width - displayWidth(plain))) + styled;
}

/** One line of text: runs of whitespace (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters of one-line text, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const flat = oneLine(text);
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

// C0 and C1 controls (ESC starts terminal escape sequences), and bidi overrides that reorder text.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Policy text made safe for a terminal: one line, no control characters or bidi overrides. */
export function terminalText(text: string): string {
  return oneLine(text.replace(/[\r\n\t]/g, ' ').replace(CONTROLS, ''));
}
