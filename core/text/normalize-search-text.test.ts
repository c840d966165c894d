import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './normalize-search-text';

describe('normalizeSearchText', () => {
  it('folds Vietnamese diacritics and case so "can loc" matches "Huyện Can Lộc"', () => {
    expect(normalizeSearchText('Huyện Can Lộc')).toBe('huyen can loc');
  });

  it('folds the letter đ, which Unicode does not decompose', () => {
    expect(normalizeSearchText('Đức Thọ đồng')).toBe('duc tho dong');
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(normalizeSearchText('Lộc'.normalize('NFD'))).toBe(
      normalizeSearchText('Lộc'.normalize('NFC')),
    );
  });

  it('collapses runs of white space', () => {
    expect(normalizeSearchText('  Sở   Tư\tpháp ')).toBe('so tu phap');
  });
});
