import { describe, expect, it } from 'vitest';
import { formatDossierCode, isUnitIdentifier, parseDossierCode } from './dossier-code';

// Format: NĐ 61/2018, TT 01/2018 (vn-regulations.md §1 "Dossier code");
// unit identifiers: QĐ 20/2020/QĐ-TTg, Hà Tĩnh province is 000.00.00.H27.
describe('formatDossierCode', () => {
  it('writes identifier, YYMMDD and a 4-digit number padded with zeros', () => {
    expect(
      formatDossierCode({ unitIdentifier: '000.00.15.H27', receivedOn: '2021-03-15', sequence: 1 }),
    ).toBe('000.00.15.H27-210315-0001');
  });

  it('accepts the 9 999th dossier of the day and refuses the 10 000th and the 0th', () => {
    const parts = { unitIdentifier: '000.00.00.H27', receivedOn: '2021-01-04' };
    expect(formatDossierCode({ ...parts, sequence: 9_999 })).toBe('000.00.00.H27-210104-9999');
    expect(() => formatDossierCode({ ...parts, sequence: 10_000 })).toThrow(RangeError);
    expect(() => formatDossierCode({ ...parts, sequence: 0 })).toThrow(RangeError);
  });

  it('refuses a lower-case or over-long identifier and a date outside 2000–2099', () => {
    const base = { unitIdentifier: '000.00.00.H27', receivedOn: '2021-01-04', sequence: 1 };
    expect(() => formatDossierCode({ ...base, unitIdentifier: '000.00.00.h27' })).toThrow(
      RangeError,
    );
    expect(() => formatDossierCode({ ...base, unitIdentifier: 'A'.repeat(36) })).toThrow(
      RangeError,
    );
    expect(() => formatDossierCode({ ...base, receivedOn: '2100-01-01' })).toThrow(RangeError);
    expect(() => formatDossierCode({ ...base, receivedOn: '2021-02-29' })).toThrow(RangeError);
  });
});

describe('isUnitIdentifier', () => {
  it('takes dot-separated groups of [0-9A-Z] up to 35 characters, no empty group', () => {
    expect(isUnitIdentifier('000.00.00.H27')).toBe(true);
    expect(isUnitIdentifier('A'.repeat(35))).toBe(true);
    expect(isUnitIdentifier('000..H27')).toBe(false);
    expect(isUnitIdentifier('.H27')).toBe(false);
    expect(isUnitIdentifier('000-H27')).toBe(false);
  });
});

describe('parseDossierCode', () => {
  it('reads back what formatDossierCode wrote', () => {
    expect(parseDossierCode('000.00.15.H27-210315-0001')).toEqual({
      unitIdentifier: '000.00.15.H27',
      receivedOn: '2021-03-15',
      sequence: 1,
    });
  });

  it('accepts a code typed in lower case with spaces around it', () => {
    expect(parseDossierCode('  000.00.15.h27-210315-0042 ')?.sequence).toBe(42);
  });

  it('rejects 30 February, number 0000, a 3-digit number and a missing identifier', () => {
    expect(parseDossierCode('000.00.15.H27-210230-0001')).toBeNull();
    expect(parseDossierCode('000.00.15.H27-210315-0000')).toBeNull();
    expect(parseDossierCode('000.00.15.H27-210315-001')).toBeNull();
    expect(parseDossierCode('-210315-0001')).toBeNull();
  });
});
