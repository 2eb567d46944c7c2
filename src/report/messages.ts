/**
 * Every human word the reports print, in the report languages: one English and one French table
 * with the same keys (a test checks keys, placeholders and that no text is empty). Formatters get
 * the language through their options and look words up here; `{name}` marks a placeholder.
 * Ids, JSON keys, statuses and CSV columns are not text and never go through this table.
 */

export type ReportLanguage = 'en' | 'fr';

export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'fr'];

const en = {
  // statuses, alone and counted ("3 covered")
  'status.covered': 'covered',
  'status.weak': 'weak',
  'status.missing': 'missing',
  'status.not-applicable': 'not applicable',
  'statusMany.covered': 'covered',
  'statusMany.weak': 'weak',
  'statusMany.missing': 'missing',
  'statusMany.not-applicable': 'not applicable',
  'summary.line': '{counts} — score {score}',
  'strength.firm': 'firm',
  'strength.hedged': 'hedged',
  'strength.partial': 'partial',
  'strength.contradicted': 'contradicted',
  'strength.heading': 'heading only',
  // punctuation that differs (French puts a space before a colon)
  'punct.colon': ': ',
  // files and their language
  'files.one': '{n} file',
  'files.other': '{n} files',
  'files.label': 'Files',
  'file.unreadable': 'cannot read {path}: {error}',
  'file.unreadableTitle': 'Could not read {path}: {error}',
  'language.en': 'English',
  'language.fr': 'French',
  'language.unknown': 'language not detected',
  'location.page': 'page {n}',
  // one element
  'label.ask': 'Ask',
  'label.question': 'Question',
  'label.goodWording': 'Good wording',
  'label.found': 'Found',
  'label.reason': 'Reason',
  'label.evidence': 'Evidence',
  'label.expected': 'Expected',
  'label.source': 'Source',
  'label.guidance': 'Guidance',
  'na.until': '{source}, until {date}',
  // findings (SARIF, GitHub, GitLab, JUnit messages)
  'gap.nothingFound': 'nothing found',
  'gap.partly': 'only partly addressed',
  'gap.at': 'at {location}',
  'gap.expected': 'expected {text}',
  'gap.expectedWord': 'expected',
  // stylish batch matrix, totals, comparison
  'matrix.titleAreas': '{members} members × {count} areas',
  'matrix.titleElements': '{members} members × {count} elements',
  'matrix.member': 'member',
  'matrix.score': 'score',
  'matrix.weakOrMixed': 'weak or mixed',
  'matrix.notAssessed': 'not assessed',
  'totals.lacks.one': '{n} of {total} members lacks {name}',
  'totals.lacks.other': '{n} of {total} members lack {name}',
  'totals.moreWeak.one': '; {n} more is weak',
  'totals.moreWeak.other': '; {n} more are weak',
  'totals.weak.one': '{n} of {total} members is weak on {name}',
  'totals.weak.other': '{n} of {total} members are weak on {name}',
  'compare.title': 'Compared with {baseline}: {regressions}, {improvements}',
  'compare.regressions.one': '{n} regression',
  'compare.regressions.other': '{n} regressions',
  'compare.improvements.one': '{n} improvement',
  'compare.improvements.other': '{n} improvements',
  // Markdown and HTML headings, tables, UI
  'report.title': 'Policy gaps: {name}',
  'report.titleMembers': 'Policy gaps: {n} members',
  'report.rubric': 'rubric',
  'report.rubricLine': 'Rubric {title} ({id} {version})',
  'heading.gaps': 'Gaps',
  'heading.gapsCount': 'Gaps ({n})',
  'heading.byArea': 'By area',
  'heading.allByArea': 'All elements by area',
  'heading.matrix': 'Matrix',
  'heading.problems': 'Problems',
  'heading.changesSince': 'Changes since {baseline}',
  'heading.regressions': 'Regressions',
  'heading.improvements': 'Improvements',
  'gaps.none': 'No gaps: every applicable element is covered.',
  'changes.none': 'none',
  'changes.counts': '{regressions} regression(s), {improvements} improvement(s).',
  'change.regression': 'Regression',
  'change.improvement': 'Improvement',
  'column.area': 'Area',
  'column.member': 'Member',
  'column.score': 'Score',
  'column.element': 'Element',
  'column.status': 'Status',
  'column.evidence': 'Evidence',
  'column.change': 'Change',
  'column.set': 'Set',
  'column.na': 'N/A',
  'html.score': 'score',
  'html.legend': 'Legend',
  'html.allAreas': 'All areas',
  'html.showing.one': 'Showing {shown} of {total} members',
  'html.showing.other': 'Showing {shown} of {total} members',
  'html.fullDetails': 'Full details',
  'html.close': 'Close',
  'html.guidanceFor': 'Guidance for {id}',
  'html.filesCount': '{n} file(s)',
  'html.footer': 'Made by {tool}. Covered counts 1, weak 0.5, over the applicable elements. Statuses are suggestions from the text; check the evidence.',
  // `policy-gap explain`
  'explain.area': 'Area',
  'explain.source': 'Source',
  'explain.question': 'Question',
  'explain.expects': 'Covered when the policy says',
  'explain.goodWording': 'Good wording addresses',
  'explain.examples': 'Example wordings',
  'explain.detection': 'Detection (all groups of one signal in one sentence)',
  'explain.detectionFr': 'Detection in French documents',
  'explain.covered': 'covered',
  'explain.weak': 'weak',
  'explain.contradicted': 'contradicted',
  'explain.negated': 'negated',
  'explain.notNegated': 'not negated',
  'explain.terms': '{n} terms',
  'explain.within': 'within {n} sentences',
  'explain.atLeast': '{n} different ones',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

const fr: Catalog = {
  'status.covered': 'couvert',
  'status.weak': 'faible',
  'status.missing': 'manquant',
  'status.not-applicable': 'non applicable',
  'statusMany.covered': 'couverts',
  'statusMany.weak': 'faibles',
  'statusMany.missing': 'manquants',
  'statusMany.not-applicable': 'non applicables',
  'summary.line': '{counts} — score {score}',
  'strength.firm': 'ferme',
  'strength.hedged': 'atténué',
  'strength.partial': 'partiel',
  'strength.contradicted': 'contredit',
  'strength.heading': 'titre seulement',
  'punct.colon': ' : ',
  'files.one': '{n} fichier',
  'files.other': '{n} fichiers',
  'files.label': 'Fichiers',
  'file.unreadable': 'impossible de lire {path} : {error}',
  'file.unreadableTitle': 'Impossible de lire {path} : {error}',
  'language.en': 'anglais',
  'language.fr': 'français',
  'language.unknown': 'langue non détectée',
  'location.page': 'page {n}',
  'label.ask': 'Question',
  'label.question': 'Question',
  'label.goodWording': 'Bonne formulation',
  'label.found': 'Constat',
  'label.reason': 'Raison',
  'label.evidence': 'Extrait',
  'label.expected': 'Attendu',
  'label.source': 'Source',
  'label.guidance': 'Conseils',
  'na.until': '{source}, jusqu’au {date}',
  'gap.nothingFound': 'rien trouvé',
  'gap.partly': 'traité en partie seulement',
  'gap.at': 'à {location}',
  'gap.expected': 'attendu : {text}',
  'gap.expectedWord': 'attendu',
  'matrix.titleAreas': '{members} membres × {count} domaines',
  'matrix.titleElements': '{members} membres × {count} éléments',
  'matrix.member': 'membre',
  'matrix.score': 'score',
  'matrix.weakOrMixed': 'faible ou mixte',
  'matrix.notAssessed': 'non évalué',
  'totals.lacks.one': '{n} membre sur {total} n’a pas {name}',
  'totals.lacks.other': '{n} membres sur {total} n’ont pas {name}',
  'totals.moreWeak.one': ' ; {n} autre est faible',
  'totals.moreWeak.other': ' ; {n} autres sont faibles',
  'totals.weak.one': '{n} membre sur {total} est faible pour {name}',
  'totals.weak.other': '{n} membres sur {total} sont faibles pour {name}',
  'compare.title': 'Comparé à {baseline} : {regressions}, {improvements}',
  'compare.regressions.one': '{n} régression',
  'compare.regressions.other': '{n} régressions',
  'compare.improvements.one': '{n} amélioration',
  'compare.improvements.other': '{n} améliorations',
  'report.title': 'Écarts des politiques : {name}',
  'report.titleMembers': 'Écarts des politiques : {n} membres',
  'report.rubric': 'grille',
  'report.rubricLine': 'Grille {title} ({id} {version})',
  'heading.gaps': 'Écarts',
  'heading.gapsCount': 'Écarts ({n})',
  'heading.byArea': 'Par domaine',
  'heading.allByArea': 'Tous les éléments par domaine',
  'heading.matrix': 'Matrice',
  'heading.problems': 'Problèmes',
  'heading.changesSince': 'Changements depuis {baseline}',
  'heading.regressions': 'Régressions',
  'heading.improvements': 'Améliorations',
  'gaps.none': 'Aucun écart : chaque élément applicable est couvert.',
  'changes.none': 'aucune',
  'changes.counts': '{regressions} régression(s), {improvements} amélioration(s).',
  'change.regression': 'Régression',
  'change.improvement': 'Amélioration',
  'column.area': 'Domaine',
  'column.member': 'Membre',
  'column.score': 'Score',
  'column.element': 'Élément',
  'column.status': 'Statut',
  'column.evidence': 'Extrait',
  'column.change': 'Changement',
  'column.set': 'Ensemble',
  'column.na': 'N/A',
  'html.score': 'score',
  'html.legend': 'Légende',
  'html.allAreas': 'Tous les domaines',
  'html.showing.one': '{shown} membre affiché sur {total}',
  'html.showing.other': '{shown} membres affichés sur {total}',
  'html.fullDetails': 'Tous les détails',
  'html.close': 'Fermer',
  'html.guidanceFor': 'Conseils pour {id}',
  'html.filesCount': '{n} fichier(s)',
  'html.footer': 'Produit par {tool}. Un élément couvert compte 1, un élément faible 0,5, sur les éléments applicables. Les statuts sont des suggestions tirées du texte ; vérifiez les extraits.',
  'explain.area': 'Domaine',
  'explain.source': 'Source',
  'explain.question': 'Question',
  'explain.expects': 'Couvert quand la politique dit',
  'explain.goodWording': 'Une bonne formulation précise',
  'explain.examples': 'Exemples de formulation',
  'explain.detection': 'Détection (tous les groupes d’un signal dans une même phrase)',
  'explain.detectionFr': 'Détection dans les documents en français',
  'explain.covered': 'couvert',
  'explain.weak': 'faible',
  'explain.contradicted': 'contredit',
  'explain.negated': 'nié',
  'explain.notNegated': 'non nié',
  'explain.terms': '{n} termes',
  'explain.within': 'sur {n} phrases',
  'explain.atLeast': '{n} différents',
};

export const MESSAGES: Record<ReportLanguage, Catalog> = { en, fr };

/** True for a language the reports are written in. */
export function isReportLanguage(value: unknown): value is ReportLanguage {
  return value === 'en' || value === 'fr';
}

/** The text for `key` in `lang` (English for an unknown language), placeholders filled in. */
export function t(lang: ReportLanguage, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = (MESSAGES[lang] ?? MESSAGES.en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The singular or plural form: English singular is 1 only, French 0 and 1 (« 0 fichier »). */
export function tCount(lang: ReportLanguage, base: string, n: number, params: Record<string, string | number> = {}): string {
  const one = n === 1 || (lang === 'fr' && n === 0);
  return t(lang, `${base}.${one ? 'one' : 'other'}` as MessageKey, { n, ...params });
}

/** "Label: text" with the language's colon ("Question : …" in French). */
export function labelled(lang: ReportLanguage, key: MessageKey, text: string): string {
  return `${t(lang, key)}${t(lang, 'punct.colon')}${text}`;
}

/** The name of a document language in the report language ("French", "anglais"); an unknown code as is. */
export function languageName(lang: ReportLanguage, code: string | undefined): string {
  if (!code) return t(lang, 'language.unknown');
  return isReportLanguage(code) ? t(lang, `language.${code}`) : code;
}
