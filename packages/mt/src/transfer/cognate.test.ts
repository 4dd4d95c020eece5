import { describe, expect, it } from 'vitest';
import { azToUzName, azToUzSpelling, uzToAzName, uzToAzSpelling } from './cognate.js';

describe('spelling correspondences for words the lexicon lacks', () => {
  it('respells Azerbaijani letters the Uzbek way', () => {
    expect(azToUzSpelling('Şuşa')).toBe('Shusha');
    expect(azToUzSpelling('Cəfərov')).toBe('Jafarov');
    expect(azToUzSpelling('Göyçay')).toBe('Goʻychay');
  });

  it('gives English -ng back to names that Azerbaijani writes with -nq, and -ция as -tsiya', () => {
    expect(azToUzSpelling('Sterlinq')).toBe('Sterling');
    expect(uzToAzSpelling('Sterling')).toBe('Sterlinq');
    expect(azToUzSpelling('modernizasiya')).toBe('modernizatsiya');
    expect(uzToAzSpelling('modernizatsiya')).toBe('modernizasiya');
    expect(uzToAzSpelling('Tsunami')).toBe('Sunami');
  });

  it('leaves a name in its own Latin spelling alone, word by word', () => {
    expect(azToUzSpelling('Patrick Wheeling Cəfərov')).toBe('Patrick Wheeling Jafarov');
    expect(azToUzSpelling('Thomas')).toBe('Thomas');
  });

  it('maps Uzbek digraphs and apostrophes to Azerbaijani letters', () => {
    expect(uzToAzSpelling('Shavkat')).toBe('Şavkat');
    expect(uzToAzSpelling('Oʻrolov')).toBe('Örolov');
    expect(uzToAzSpelling('Maʼmur')).toBe('Mamur');
  });

  it('gives a foreign name its g back: Azerbaijani writes it q', () => {
    expect(azToUzName('Qvardiola')).toBe('Gvardiola');
    expect(azToUzName('Aqüero')).toBe('Aguero');
    expect(uzToAzName('Gvardiola')).toBe('Qvardiola');
    // gʻ is its own letter, ğ in Azerbaijani.
    expect(uzToAzName('Bogʻdon')).toBe('Boğdon');
  });
});
