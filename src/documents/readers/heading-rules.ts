/** Shared tests for "does this short line read like a heading?", used where layout has no heading styles. */

// "2.1 Gifts", "Section 3. Scope", "ARTICLE IV. MEMBERS", "3) Complaints" — same shape the text reader accepts.
const NUMBERED = /^\s*((?:section|article|part|chapter|clause)\s+)?([0-9]{1,2}(?:\.[0-9]{1,2})*|[IVX]{1,5})[.):]?\s+(\S.*)$/i;
// Sentences end in punctuation; a colon introduces a list ("Staff must not:") and is a lead-in, not a title.
const END_PUNCTUATION = /[.,;:!?]["'’”)\]]?$/;
// A line ending in a joining word is a sentence wrapped mid-way, not a title ("comply with the policy, and").
const DANGLING = /\s(?:and|or|of|the|a|an|to|for|with|in|on|by|that|which)$/i;
// Table-of-contents lines: "1 Introduction\t3" or "Scope ........ 4".
const TOC_LINE = /(\t|\.{4,}|…{2,})\s*[0-9ivx]{1,4}$/i;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A short phrase that starts with a capital or digit and does not end like a sentence. */
export function looksLikeTitle(text: string, maxWords = 12): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 120) return false;
  if (END_PUNCTUATION.test(trimmed) || TOC_LINE.test(trimmed) || DANGLING.test(trimmed)) return false;
  if (!/[A-Za-z\u00C0-\u024F]/.test(trimmed)) return false;
  return /^[A-Z0-9\u00C0-\u00DD("'‘“]/.test(trimmed) && wordCount(trimmed) <= maxWords;
}

/**
 * The outline depth of a numbered heading ("2" -> 1, "2.1" -> 2, "Article IV." -> 1), or 0 when the
 * text is not one. The title after the number must itself look like a title.
 */
export function numberedHeadingDepth(text: string): number {
  const match = NUMBERED.exec(text.trim());
  if (!match) return 0;
  const title = match[3];
  if (!looksLikeTitle(title, 10) || !/^[A-Z\u00C0-\u00DD]/.test(title)) return 0;
  // A bare roman numeral needs the capital form ("IV Members"), else "i) the provision" would match.
  if (/^[ivx]+$/.test(match[2])) return 0;
  return match[2].split('.').filter(Boolean).length;
}
