// snowball-stemmers ships no type declarations; this is the small part of its API we use.
declare module "snowball-stemmers" {
  interface SnowballStemmer {
    stem(word: string): string;
  }
  const snowball: {
    newStemmer(language: string): SnowballStemmer;
    algorithms(): string[];
  };
  export default snowball;
}
