import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(argv: string[], input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  stdin.end(input);
  const code = await main(argv, { stdin, stdout, stderr });
  return { code, out, err };
}

const lines = (text: string) => text.split('\n').slice(0, -1);

describe('korpu', () => {
  it('prints help and exits 0 for --help, non-zero without a command', async () => {
    expect((await run(['--help'])).out).toContain('korpu translate');
    expect((await run([])).code).not.toBe(0);
  });

  it('rejects unknown commands and options on stderr with a non-zero exit', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('unknown command');
    const badOption = await run(['analyze', '--lang', 'az', '--colour', 'red']);
    expect(badOption.code).toBe(2);
    expect(badOption.err).toContain('--colour');
    const badLang = await run(['analyze', '--lang', 'fr']);
    expect(badLang.code).toBe(2);
    expect(badLang.err).toContain('az, uz');
  });

  it('analyze prints one line per word, *word when unknown, and keeps empty lines', async () => {
    const { code, out } = await run(
      ['analyze', '--lang', 'az'],
      'evlərimizdə\n\nqzxwvbn\nBakıda\n',
    );
    expect(code).toBe(0);
    const result = lines(out);
    expect(result).toHaveLength(4);
    expect(result[0]).toContain('ev<n><pl><px1pl><loc>');
    expect(result[1]).toBe('');
    expect(result[2]).toBe('*qzxwvbn');
    expect(result[3]).toContain('<loc>');
  });

  it('analyze reads Uzbek in any apostrophe style and in Cyrillic', async () => {
    const { out } = await run(['analyze', '--lang', 'uz'], "o'qituvchi\no‘qituvchi\nўқитувчи\n");
    for (const line of lines(out)) expect(line).not.toMatch(/^\*/);
  });

  it('translit converts line by line and refuses cross-language pairs', async () => {
    const { out } = await run(
      ['translit', '--from', 'uz-Cyrl', '--to', 'uz-Latn'],
      'ШАҲАР\n\nЎзбекистон\n',
    );
    expect(lines(out)).toEqual(['SHAHAR', '', 'Oʻzbekiston']);
    expect((await run(['translit', '--from', 'az', '--to', 'uz-Latn'])).code).toBe(2);
  });

  it('detect answers code<TAB>confidence per line and keeps empty lines', async () => {
    const { out } = await run(
      ['detect'],
      'Bu gün Bakıda hava çox isti olacaq.\n\nBugun Toshkentda havo juda issiq boʻladi.\n',
    );
    const result = lines(out);
    expect(result).toHaveLength(3);
    expect(result[0]).toMatch(/^az\t0\.\d{3}$|^az\t1\.000$/);
    expect(result[1]).toBe('');
    expect(result[2]?.split('\t')[0]).toBe('uz');
  });

  it('translate keeps the line count, empty lines and untranslatable lines', async () => {
    const input = 'Bakı şəhəri\n\n12345\n   \n';
    const { code, out } = await run(['translate', '--from', 'az', '--to', 'uz'], input);
    expect(code).toBe(0);
    const result = lines(out);
    expect(result).toHaveLength(4);
    expect(result[1]).toBe('');
    expect(result[2]).toBe('12345');
    expect(result[3]).toBe('   ');
  });

  it('translate refuses unsupported language codes', async () => {
    const { code, err } = await run(['translate', '--from', 'az', '--to', 'fr']);
    expect(code).toBe(2);
    expect(err).toContain('fr');
  });

  it('eval scores identical files 100 and reports mismatched line counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'korpu-eval-'));
    const hyp = join(dir, 'hyp');
    const ref = join(dir, 'ref');
    const short = join(dir, 'short');
    writeFileSync(hyp, 'Oʻzbekiston poytaxti Toshkent.\nYangi maktab ochildi.\n');
    writeFileSync(ref, "O'zbekiston poytaxti Toshkent.\nYangi maktab ochildi.\n");
    writeFileSync(short, 'one line\n');
    const same = await run(['eval', hyp, ref]);
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/^chrF\t100\.00$/m);
    expect(same.out).toMatch(/^chrF\+\+\t100\.00$/m);
    expect(same.out).toMatch(/^BLEU\t100\.00$/m);
    const mismatch = await run(['eval', hyp, short]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('lines');
    const missing = await run(['eval', hyp, join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read');
  });
});
