// A tagged template for HTML that escapes every interpolation unless it is already markup.
import { escapeHtml } from './escape.js';

/** Markup that was built by `html` and must not be escaped again. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Markup | string | number | boolean | null | undefined | Value[];

/** Render one interpolated value: markup as is, arrays joined, nothing for null/false, text escaped. */
function render(value: Value): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/** html`<p>${text}</p>`: text is escaped with escapeHtml, nested html`` is kept. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new Markup(out);
}

/** Trusted markup from this package's own constants (CSS, JS); never pass report data. */
export function trusted(value: string): Markup {
  return new Markup(value);
}
