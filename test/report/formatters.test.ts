// One canonical Report through every formatter into reviewed snapshot files (version -> X.Y.Z).
import { describe, expect, it } from 'vitest';
import { formatNames, formatters, getFormatter, type FormatName } from '../../src/report/index.js';
import type { FormatOptions, Report } from '../../src/report/types.js';
import { makeOptions, makeReport, makeSingleReport } from '../helpers/factories.js';
import { bilingualReport, bilingualSingle } from './bilingual-report.js';

const EXTENSIONS: Record<FormatName, string> = {
  stylish: 'txt',
  json: 'json',
  sarif: 'sarif',
  github: 'txt',
  junit: 'xml',
  gitlab: 'json',
  markdown: 'md',
  csv: 'csv',
  html: 'html',
};

/** Run a formatter and replace the tool version, so a release does not rewrite every snapshot. */
function render(name: FormatName, report: Report, options: Partial<FormatOptions> = {}): string {
  const output = formatters[name](report, makeOptions(options));
  return output.split(report.tool.version).join('X.Y.Z');
}

describe('every formatter on the canonical batch report', () => {
  it.each(formatNames)('%s', async (name) => {
    await expect(render(name, makeReport())).toMatchFileSnapshot(`__snapshots__/${name}.${EXTENSIONS[name]}`);
  });
});

describe('variants worth reviewing', () => {
  it.each([
    ['stylish-single.txt', 'stylish', 'single', {}],
    ['stylish-single-verbose.txt', 'stylish', 'single', { verbose: true }],
    ['stylish-single-quiet.txt', 'stylish', 'single', { quiet: true }],
    ['stylish-by-element.txt', 'stylish', 'batch', { by: 'element' }],
    ['stylish-fr.txt', 'stylish', 'single', { lang: 'fr' }],
    ['markdown-single.md', 'markdown', 'single', {}],
    ['html-single.html', 'html', 'single', {}],
    ['github-single.txt', 'github', 'single', {}],
  ] as const)('%s', async (file, name, kind, options) => {
    const report = kind === 'single' ? makeSingleReport() : makeReport();
    await expect(render(name, report, options)).toMatchFileSnapshot(`__snapshots__/${file}`);
  });
});

describe('every formatter in French, on a report built from the bilingual test rubric', () => {
  it.each(formatNames)('%s', async (name) => {
    await expect(render(name, bilingualReport('fr'), { lang: 'fr' })).toMatchFileSnapshot(`__snapshots__/fr/${name}.${EXTENSIONS[name]}`);
  });

  it.each(['stylish', 'markdown', 'html'] as const)('%s, one set, verbose', async (name) => {
    await expect(render(name, bilingualSingle('fr'), { lang: 'fr', verbose: true })).toMatchFileSnapshot(`__snapshots__/fr/${name}-single-verbose.${EXTENSIONS[name]}`);
  });
});

describe('purity', () => {
  it.each(formatNames)('%s returns the same string twice and leaves the report unchanged', (name) => {
    const report = makeReport();
    const before = structuredClone(report);
    expect(formatters[name](report, makeOptions())).toBe(formatters[name](report, makeOptions()));
    expect(report).toEqual(before);
  });

  it.each(formatNames)('%s copes with a report with no sets and no comparison', (name) => {
    const { comparison: _ignored, ...report } = makeReport({ sets: [] });
    expect(typeof formatters[name](report, makeOptions())).toBe('string');
  });
});

describe('getFormatter', () => {
  it('returns the registered formatter', () => {
    expect(getFormatter('sarif')).toBe(formatters.sarif);
  });

  it('lists the valid names when the name is unknown', () => {
    expect(() => getFormatter('xml')).toThrow(
      'Unknown format "xml"; expected one of: stylish, json, sarif, github, junit, gitlab, markdown, csv, html',
    );
  });

  it('does not treat Object.prototype keys as formats', () => {
    expect(() => getFormatter('toString')).toThrow(/Unknown format/);
  });
});
