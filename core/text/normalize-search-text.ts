/**
 * Folds Vietnamese text for search: lower case, no diacritics, `đ` → `d`, single spaces.
 * "Huyện Can Lộc" and "huyen can loc" fold to the same string, so a clerk typing without
 * a Vietnamese keyboard still finds the unit.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
