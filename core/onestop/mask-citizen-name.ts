/**
 * A citizen's name as the public dossier lookup shows it: enough for the applicant to recognise
 * their own dossier, nothing more.
 *
 * Rule: the family name (first word) stays whole; every other word becomes its first letter
 * and a fixed `**`. "Nguyễn Văn An" → "Nguyễn V** A**"; "Lê Thị Thu Hà" → "Lê T** T** H**".
 * - The family name is kept because a handful of family names cover most of the population
 *   (Nguyễn alone is commonly put at about 38 %), so it narrows little.
 * - The mask has a fixed width: a mask as long as the word would tell that "A*" is a two-letter
 *   given name, i.e. almost surely "An". Only the initials remain.
 * - A one-word name keeps only its initial, as no family name can be told apart.
 * Text is NFC-normalised first, so an initial keeps its diacritics as one letter ("Đ", "Ư").
 */
export function maskCitizenName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length === 1) return maskWord(words[0]!);
  const [familyName, ...otherNames] = words;
  return [familyName, ...otherNames.map(maskWord)].join(' ');
}

function maskWord(word: string): string {
  const [initial = ''] = Array.from(word);
  return `${initial}**`;
}
