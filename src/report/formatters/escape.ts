// Escaping for every output syntax: HTML, XML, Markdown, GitHub workflow commands, inline JSON, URLs.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// With the u flag a lone surrogate is one code point in D800-DFFF, so it is stripped too.
const XML_ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Remove the characters XML 1.0 cannot carry at all, not even as character references. */
export function stripInvalidXml(value: string): string {
  return value.replace(XML_ILLEGAL, '');
}

/** Escape text for XML element content (& < > " ' all escaped, illegal characters dropped). */
export function escapeXml(value: unknown): string {
  return stripInvalidXml(String(value)).replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : HTML_ENTITIES[c]));
}

/** Escape text for a quoted XML attribute; tab, CR and LF become references so parsers keep them. */
export function escapeXmlAttribute(value: unknown): string {
  return escapeXml(value).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Make policy text inert inside Markdown (tables, lists, headings) as GitHub renders it:
 * line breaks become spaces, &, <, > and @ become entities (no HTML, no @mentions), and the
 * punctuation that starts emphasis, code, links, math, issue references or table cells is
 * backslash-escaped. Parentheses need nothing once brackets are escaped.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]#|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

/** GitHub workflow command data (the message after `::`): % CR LF are percent-encoded. */
export function escapeGithubData(value: unknown): string {
  return String(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub workflow command property values: the data escapes plus `:` and `,`. */
export function escapeGithubProperty(value: unknown): string {
  return escapeGithubData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<` is written as \u003c so no
 * `</script>` or `<!--` can appear, and U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The URL itself when it is an absolute http(s) URL, otherwise undefined (no javascript:, data:, relative). */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
