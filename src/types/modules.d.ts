/** Type declarations for the untyped packages we use. */
declare module 'wink-porter2-stemmer' {
  const stem: (word: string) => string;
  export default stem;
}

declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const factory: { newStemmer(language: string): Stemmer; algorithms(): string[] };
  export default factory;
}
