/** Vowel look-ups shared by the phonologies of both languages. */
export interface VowelTools {
  isVowel(ch: string): boolean;
  /** The last vowel of a text, or undefined when it has none. */
  lastVowel(text: string): string | undefined;
  countVowels(text: string): number;
}

export function vowelTools(vowels: string): VowelTools {
  const scan = (text: string): string | undefined => {
    for (let i = text.length - 1; i >= 0; i--) {
      const ch = text[i] as string;
      if (vowels.includes(ch)) return ch;
    }
    return undefined;
  };
  // Suffix surfaces are few and short: remember their last vowels.
  const short = new Map<string, string | undefined>();
  return {
    isVowel: (ch) => ch !== '' && vowels.includes(ch),
    lastVowel(text) {
      if (text.length > 8) return scan(text);
      if (short.has(text)) return short.get(text);
      const vowel = scan(text);
      if (short.size < 50_000) short.set(text, vowel);
      return vowel;
    },
    countVowels(text) {
      let n = 0;
      for (const ch of text) if (vowels.includes(ch)) n++;
      return n;
    },
  };
}
