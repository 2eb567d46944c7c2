/** Detects whether a document is in English or French (franc-min, trigram statistics). */
import type { Document } from './types.js';

const SAMPLE = 1000;

// Function words settle short texts, where trigram statistics are unreliable ("We do not charge
// fees." reads as French to franc). Only words that are not also words of the other language.
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'we', 'our', 'is', 'are', 'with', 'for', 'not', 'will', 'be', 'this', 'that', 'they', 'you', 'any', 'all', 'from', 'by', 'have', 'has', 'who', 'it']);
const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'sont', 'nous', 'notre', 'nos', 'vous', 'une', 'un', 'pour', 'dans', 'pas', 'qui', 'que', 'aux', 'avec', 'sur', 'ne', 'ou', 'au', 'ce', 'cette', 'leur', 'être']);

/**
 * 'en' or 'fr'; short or unclear text falls back to English, the rubric's main language.
 * franc-min (10 ms to load) is imported only when the function-word vote leaves it open.
 */
export async function detectLanguage(document: Document): Promise<'en' | 'fr'> {
  let sample = '';
  for (const block of document.blocks) {
    if (sample.length >= SAMPLE) break;
    sample += `${block.text}\n`;
  }
  sample = sample.slice(0, SAMPLE);
  const words = sample.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  let english = 0;
  let french = 0;
  for (const word of words) {
    if (ENGLISH.has(word)) english++;
    else if (FRENCH.has(word)) french++;
  }
  if (english + french >= 2 && (english >= 2 * french || french >= 2 * english)) return french > english ? 'fr' : 'en';
  // One function word of a language and none of the other settles a short sentence too: French
  // prose never goes a sentence without le/la/des/et, and franc misreads short English ("updates on new").
  if (english > 0 && french === 0) return 'en';
  if (french > 0 && english === 0) return 'fr';
  if (sample.trim().length < 20) return 'en';
  const { franc } = await import('franc-min');
  return franc(sample, { only: ['eng', 'fra'], minLength: 10 }) === 'fra' ? 'fr' : 'en';
}
