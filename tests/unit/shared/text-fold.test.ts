import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { foldKey, matchKey, meaningfulChars, topicWordKey } from '../../../src/modules/shared/text-fold';

/**
 * The folds as they were before they moved into one module (frozen copies): every stored id is
 * built from foldKey and meaningfulChars, so on every text the project holds they must agree exactly.
 */
const OLD_LETTERS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
};
const old = {
  foldKey: (text: string) =>
    text
      .replace(/[ıøØłŁßæÆœŒđĐðþ]/g, (c) => OLD_LETTERS[c])
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019\u201b]/g, "'")
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  meaningfulChars: (text: string) =>
    (
      text
        .replace(/[ıøØłŁßæÆœŒđĐðþ]/g, (c) => OLD_LETTERS[c])
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/^the\s+/i, '')
        .match(/[\p{L}\p{N}]/gu) ?? []
    ).length,
  matchKey: (word: string) =>
    word
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ıøłđßæœþð]/g, (ch) => ({ ı: 'i', ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' })[ch] ?? ch)
      .replace(/\./g, ''),
  wordKey: (word: string) =>
    word
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\./g, '')
      .replace(/[,;:]+$/, ''),
};

/** Every line of the reference data, the seeds and the fixture cards, and every word in them. */
function corpus(): string[] {
  const files: string[] = [];
  const visit = (p: string) =>
    fs.statSync(p).isDirectory() ? fs.readdirSync(p).forEach((n) => visit(path.join(p, n))) : /\.(json|txt)$/.test(p) && files.push(p);
  ['seeds', path.join('tests', 'fixtures')].forEach((d) => visit(fromRoot(d)));
  const lines = files.flatMap((f) => fs.readFileSync(f, 'utf8').split(/\n|"/));
  const tricky = ['The López Obrador', 'Kalın', 'ØRSTED', 'Łódź', 'Þórr', 'Straße', 'STRAẞE', 'İstanbul', 'U.S.–Mexico,', 'Jong‑nam', 'Москва', '北京', 'the'];
  return [...new Set([...lines, ...lines.flatMap((l) => l.split(/\s+/)), ...tricky])];
}

describe('one text-normalisation module', () => {
  const texts = corpus();

  it('folds ids exactly as before (foldKey, meaningfulChars) on every text the project holds', () => {
    expect(texts.length).toBeGreaterThan(5000);
    expect(texts.filter((t) => foldKey(t) !== old.foldKey(t))).toEqual([]);
    expect(texts.filter((t) => meaningfulChars(t) !== old.meaningfulChars(t))).toEqual([]);
  });

  it('folds tokens as before (matchKey)', () => {
    expect(texts.filter((t) => matchKey(t) !== old.matchKey(t))).toEqual([]);
  });

  it('folds topic words as before, and now also the letters NFKD leaves (ø, ł, ß...)', () => {
    const plain = texts.filter((t) => !/[ıøØłŁßẞæÆœŒđĐðÐþÞ]/.test(t));
    expect(plain.filter((t) => topicWordKey(t) !== old.wordKey(t))).toEqual([]);
    expect(topicWordKey('Øresund')).toBe(topicWordKey('Oresund'));
  });
});
