/**
 * Property-based tests of the text readers (Markdown, plain text, HTML): random strings, random
 * bytes and mutated valid documents never make them throw anything but an Error with a message,
 * what they return is well formed, and parseBytes (what the CLI calls) never throws at all.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readHtml } from '../../src/documents/readers/html.js';
import { readMarkdown } from '../../src/documents/readers/markdown.js';
import { readText } from '../../src/documents/readers/text.js';
import type { DocumentFormat, ReaderInput } from '../../src/documents/types.js';
import { expectParsed, expectReader, mutated, policyish } from './well-formed.js';

const RUNS = 1000;
const encode = (text: string) => new TextEncoder().encode(text);

const SAMPLES: Record<'markdown' | 'text' | 'html', string> = {
  markdown: `# Code of Conduct

All services are **free of charge**. Staff must not:

- accept gifts from clients
- accept payments, *where possible* ever

| Role | Duty |
|---|---|
| Manager | Approves gifts |

> We never share your information without your written consent.

<!-- policy-gap: not-applicable insurance.liability -- covered by the umbrella policy -->
`,
  text: `CODE OF CONDUCT

1. Fees
All services are free of charge.

2.1 Gifts
Staff must not:
- accept gifts from clients
- accept payments

Where possible we keep confiden-
tiality.
`,
  html: `<!DOCTYPE html><html><head><title>Policy</title><meta charset="utf-8"></head><body><nav>Home</nav>
<main><h1>Code of Conduct</h1><p>All services are <b>free of charge</b> &amp; open.</p><p>Staff must not:</p>
<ul><li>accept gifts from clients</li><li>accept payments</li></ul><table><tr><th>Role</th></tr><tr><td>Manager</td></tr></table>
<!-- policy-gap: not-applicable coi.gifts -- reason --></main><footer>©</footer></body></html>`,
};

const READERS = { markdown: readMarkdown, text: readText, html: readHtml } as const;

describe.each(Object.keys(READERS) as (keyof typeof READERS)[])('%s reader under random input', (format) => {
  const read = READERS[format] as (input: ReaderInput) => ReturnType<typeof readText>;
  const both = async (bytes: Uint8Array) => {
    await expectReader(() => read({ path: `fuzz.${format}`, bytes }), format as DocumentFormat);
    await expectParsed(bytes, format as DocumentFormat);
  };

  it(`random strings (${RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string({ maxLength: 400, unit: 'binary' }), policyish), (text) => both(encode(text))), { numRuns: RUNS, seed: 20261202 });
  });

  it(`random bytes (${RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), both), { numRuns: RUNS, seed: 20261202 });
  });

  it(`mutated valid documents (${RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(mutated(encode(SAMPLES[format])), both), { numRuns: RUNS, seed: 20261202 });
  });
});
