import { describe, expect, it } from 'vitest';
import { maskCitizenName } from './mask-citizen-name';

describe('maskCitizenName', () => {
  it('keeps the family name and the initials of the other names', () => {
    expect(maskCitizenName('Nguyễn Văn An')).toBe('Nguyễn V** A**');
    expect(maskCitizenName('Lê Thị Thu Hà')).toBe('Lê T** T** H**');
  });

  it('hides the length of a short given name: "An" and "Anh" mask alike', () => {
    expect(maskCitizenName('Trần An')).toBe(maskCitizenName('Trần Anh'));
  });

  it('keeps only the initial of a one-word name', () => {
    expect(maskCitizenName('Hùng')).toBe('H**');
  });

  it('keeps an initial with its diacritics as one letter, even from decomposed text', () => {
    expect(maskCitizenName('Đặng Ưng Ánh'.normalize('NFD'))).toBe('Đặng Ư** Á**');
  });

  it('collapses extra spaces and returns an empty string for a blank name', () => {
    expect(maskCitizenName('  Phạm   Minh  ')).toBe('Phạm M**');
    expect(maskCitizenName('   ')).toBe('');
  });
});
