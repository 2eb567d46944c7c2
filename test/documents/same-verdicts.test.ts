/** One policy, four formats: the reader must not change the verdicts. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/documents/load.js';
import { match } from '../../src/match/match.js';
import { loadRubric } from '../../src/rubric/load.js';
import { makeDocx } from '../helpers/make-docx.js';
import { makePdf } from '../helpers/make-pdf.js';

const policy = {
  title: 'Privacy and Fees Policy',
  sections: [
    { heading: 'Fees', paragraphs: ['All of our services are free of charge. We do not charge fees.'] },
    {
      heading: 'Confidentiality',
      paragraphs: [
        'This policy protects the personal information of every client who uses our services.',
        'All staff, interns and volunteers must sign a confidentiality agreement before they start.',
      ],
      bullets: ['Paper files are kept in locked filing cabinets.', 'Staff must report any breach of confidentiality to their manager immediately.'],
    },
    { heading: 'Gifts', paragraphs: ['Staff should avoid accepting gifts from clients where possible.'] },
  ],
};

const markdown = [`# ${policy.title}`, ...policy.sections.flatMap((s) => [`## ${s.heading}`, ...s.paragraphs, ...(s.bullets ?? []).map((b) => `- ${b}`)])].join('\n\n');
const html = `<!doctype html><html><body><nav>Home | Donate | Contact</nav><main><h1>${policy.title}</h1>${policy.sections
  .map((s) => `<h2>${s.heading}</h2>${s.paragraphs.map((p) => `<p>${p}</p>`).join('')}${s.bullets ? `<ul>${s.bullets.map((b) => `<li>${b}</li>`).join('')}</ul>` : ''}`)
  .join('')}</main><footer>© 2026</footer></body></html>`;

async function verdicts(path: string, bytes: Uint8Array): Promise<Record<string, string>> {
  const document = await parseDocument({ path, bytes });
  document.language = 'en';
  const { results } = match([document], loadRubric('ccr-ethical-principles'));
  return Object.fromEntries(results.map((r) => [r.id, r.status]));
}

describe('the same policy in .md, .docx, .pdf and .html', async () => {
  const docx = await makeDocx([
    { heading: 1, text: policy.title },
    ...policy.sections.flatMap((s) => [{ heading: 2 as const, text: s.heading }, ...s.paragraphs.map((p) => ({ paragraph: p })), ...(s.bullets ? [{ bullets: s.bullets }] : [])]),
  ]);
  const pdf = await makePdf([
    { heading: policy.title },
    ...policy.sections.flatMap((s) => [{ heading: s.heading, size: 14 }, ...s.paragraphs.map((p) => ({ paragraph: p })), ...(s.bullets ? [{ bullets: s.bullets }] : [])]),
  ]);
  const expected = await verdicts('policy.md', new TextEncoder().encode(markdown));

  it('gives a mix of statuses in Markdown, so the comparison means something', () => {
    const statuses = new Set(Object.values(expected));
    expect(statuses).toEqual(new Set(['covered', 'weak', 'missing']));
    expect(expected['free.policy']).toBe('covered');
    expect(expected['coi.gifts']).toBe('weak');
  });

  it.each([
    ['docx', 'policy.docx', docx],
    ['pdf', 'policy.pdf', pdf],
    ['html', 'policy.html', new TextEncoder().encode(html)],
  ])('gives the Markdown verdicts for %s', async (_format, path, bytes) => {
    expect(await verdicts(path, bytes)).toEqual(expected);
  });
});
