/** Detects whether a document is in English or French (franc-min, trigram statistics). */
import { franc } from 'franc-min';
import type { Document } from './types.js';

const SAMPLE = 1000;

/** 'en' or 'fr'; short or unclear text falls back to English, the rubric's main language. */
export function detectLanguage(document: Document): 'en' | 'fr' {
  let sample = '';
  for (const block of document.blocks) {
    if (sample.length >= SAMPLE) break;
    sample += `${block.text}\n`;
  }
  if (sample.trim().length < 20) return 'en';
  return franc(sample.slice(0, SAMPLE), { only: ['eng', 'fra'], minLength: 10 }) === 'fra' ? 'fr' : 'en';
}
