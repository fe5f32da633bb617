// Text folding for search: case, accents and Unicode forms removed, so "Jangkauan", "jangkauan"
// and "JANGKAUAN" compare equal, and so do "café" and "cafe"; and text as the searches' words.

/** Lower case, without diacritics, with runs of white space as one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words as both searches see them: folded (case, accents) and split at anything not a letter or digit. */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * How interface labels compare: case, Unicode forms and runs of white space folded, accents
 * kept (they are part of a label). Used on both sides, so a label matches however it is typed.
 */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
