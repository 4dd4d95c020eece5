/**
 * The bilingual lexicon in memory: for each direction, source lemma + part of speech → target
 * lemmas (the first is the default), and the multiword units indexed by their first word.
 */
import { PARTS_OF_SPEECH, type PartOfSpeech } from '../morph/types.js';

export type Direction = 'az-uz' | 'uz-az';

export interface BidixEntry {
  source: string;
  target: string;
  pos: PartOfSpeech;
}

export class BidixFormatError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'BidixFormatError';
  }
}

export class Bidix {
  private readonly byLemma = new Map<string, BidixEntry[]>();
  /**
   * Pairs marked for the other direction only (`>` seen from Uzbek): not defaults here, but
   * better than nothing when the word has no entry of its own (qoch → qaç, ket → get).
   */
  private readonly fallback = new Map<string, BidixEntry[]>();
  private readonly byLemmaAnyPos = new Map<string, BidixEntry[]>();
  /** Multiword source lemmas by their first word, longest first. */
  readonly multiword = new Map<string, BidixEntry[]>();
  size = 0;

  constructor(
    readonly direction: Direction,
    private readonly lower: (s: string) => string,
  ) {}

  add(entry: BidixEntry) {
    const key = `${this.lower(entry.source)}\t${entry.pos}`;
    // The same pair in two domain files is one entry; the first file's order decides defaults.
    if (this.byLemma.get(key)?.some((e) => e.target === entry.target)) return;
    this.size++;
    push(this.byLemma, key, entry);
    push(this.byLemmaAnyPos, this.lower(entry.source), entry);
    if (entry.source.includes(' ')) {
      const first = this.lower(entry.source.split(' ')[0] as string);
      push(this.multiword, first, entry);
    }
  }

  addFallback(entry: BidixEntry) {
    push(this.fallback, `${this.lower(entry.source)}\t${entry.pos}`, entry);
  }

  /**
   * Target candidates, the default first; falls back to the same lemma under another POS, then
   * to the pairs written for the other direction only.
   */
  lookup(lemma: string, pos: PartOfSpeech): BidixEntry[] {
    const lower = this.lower(lemma);
    const key = `${lower}\t${pos}`;
    const exact = this.byLemma.get(key);
    if (exact) return exact;
    const found = this.lookupOtherPos(lower, pos);
    return found.length > 0 ? found : (this.fallback.get(key) ?? []);
  }

  private lookupOtherPos(lower: string, pos: PartOfSpeech): BidixEntry[] {
    const any = this.byLemmaAnyPos.get(lower) ?? [];
    if (pos.startsWith('np.'))
      return any.filter((e) => e.pos.startsWith('np.') || e.pos === 'abbr');
    return any.filter((e) => !e.source.includes(' '));
  }

  private readonly parts = new Map<BidixEntry, string[]>();

  /** The lower-cased words of a multiword source lemma. */
  partsOf(entry: BidixEntry): readonly string[] {
    let parts = this.parts.get(entry);
    if (!parts) this.parts.set(entry, (parts = this.lower(entry.source).split(' ')));
    return parts;
  }

  sortMultiword() {
    for (const list of this.multiword.values()) {
      list.sort((a, b) => b.source.split(' ').length - a.source.split(' ').length);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads `.dix` text into both directions. */
export function parseBidix(
  files: readonly { name: string; text: string }[],
  lowerAz: (s: string) => string,
  lowerUz: (s: string) => string,
): { azUz: Bidix; uzAz: Bidix } {
  const azUz = new Bidix('az-uz', lowerAz);
  const uzAz = new Bidix('uz-az', lowerUz);
  for (const { name, text } of files) {
    text.split('\n').forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line === '' || line.startsWith('#')) return;
      const [az, uz, pos, dir = '='] = line.split('\t');
      if (!az || !uz || !pos) throw new BidixFormatError(name, i + 1, 'expected az<TAB>uz<TAB>pos');
      if (!PARTS_OF_SPEECH.has(pos))
        throw new BidixFormatError(name, i + 1, `unknown part of speech "${pos}"`);
      const p = pos as PartOfSpeech;
      if (dir === '=' || dir === '>' || dir === '') azUz.add({ source: az, target: uz, pos: p });
      else azUz.addFallback({ source: az, target: uz, pos: p });
      if (dir === '=' || dir === '<' || dir === '') uzAz.add({ source: uz, target: az, pos: p });
      else uzAz.addFallback({ source: uz, target: az, pos: p });
    });
  }
  azUz.sortMultiword();
  uzAz.sortMultiword();
  return { azUz, uzAz };
}
