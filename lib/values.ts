// Reads the value and the change a dashboard shows beside a metric ("48.210", "4,79%", "1,2 jt",
// "Rp 1.250.000", "1m 05s", "▲ 12.4%", "turun 5%") into numbers, in English and Indonesian
// formats. Bundled into the content script, so it is small, imports nothing and uses no Intl:
// it reads short tokens by hand, in one pass, and never guesses. Text with two numbers, or that
// is not a value, gives null.

export type ValueKind = 'count' | 'percent' | 'money' | 'duration';

/**
 * A value as the page showed it: durations in seconds, money in its own unit, percent as shown
 * (4.79 for "4.79%"). `currency` is an ISO code where the text names one ("Rp" and "IDR" are
 * IDR, "US$" is USD, "€" is EUR) and the symbol itself where it does not ("$" may be any dollar).
 */
export interface ParsedValue {
  value: number;
  kind: ValueKind;
  currency?: string;
}

export type ChangeDirection = 'up' | 'down' | 'flat';

/** A change as the page showed it: its direction, and its size (never negative) in its own kind. */
export interface ParsedChange extends ParsedValue {
  direction: ChangeDirection;
}

/** Longer text is a sentence, not a value: refused before any work. */
const maxLength = 120;

const NUMBER = 0;
const WORD = 1;
const MARK = 2;
type Token = { type: typeof NUMBER | typeof WORD | typeof MARK; text: string };

/** How the page's language writes numbers. */
type Style = { commaDecimal: boolean; indonesian: boolean };

/** Languages that write 1.234,5 (a comma before decimals). Others write 1,234.5. */
const commaDecimalLanguages =
  ' id de fr es it pt nl tr ru pl vi da sv nb nn no fi cs sk ro hu el uk bg hr sr sl lt lv et ';

let lastLocale = '';
let lastStyle: Style = { commaDecimal: false, indonesian: false };
function styleOf(locale: string): Style {
  if (locale !== lastLocale) {
    const language = locale.toLowerCase().split(/[-_]/)[0];
    lastStyle = { commaDecimal: commaDecimalLanguages.includes(` ${language} `), indonesian: language === 'id' };
    lastLocale = locale;
  }
  return lastStyle;
}

/** A table from words (given as space-separated lists) to a value. */
function table<T>(entries: [T, string][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const word of words.split(' ')) map.set(word, value);
  return map;
}

/** Powers of ten the words after a number stand for. "M" is handled apart: it depends on the language. */
const scales = table([
  [3, 'k rb ribu thousand'],
  [6, 'jt juta mn mio million'],
  [9, 'b bn billion miliar milyar'],
  [12, 't triliun trillion'],
]);
const currencies = table([
  ['IDR', 'rp idr'],
  ['USD', 'usd us$'],
  ['EUR', 'eur €'],
  ['GBP', 'gbp £'],
  ['SGD', 'sgd s$'],
  ['MYR', 'myr rm'],
  ['AUD', 'aud a$'],
  ['JPY', 'jpy ¥'],
  ['$', '$'],
]);
/** Seconds in each duration unit, as English and Indonesian dashboards abbreviate them. */
const durationUnits = table([
  [86400, 'd day days hari'],
  [3600, 'h hr hrs hour hours j jam'],
  [60, 'm min mins minute minutes mnt menit'],
  [1, 's sec secs second seconds dtk detik'],
]);

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isLetter = (char: string) =>
  (char >= 'a' && char <= 'z') ||
  (char >= 'A' && char <= 'Z') ||
  (char > '\x7f' && char.toLowerCase() !== char.toUpperCase());
/** Thin and narrow no-break spaces group thousands ("48 210"); a plain space separates two things. */
const isThinSpace = (char: string | undefined) => char === '\u2009' || char === '\u202f' || char === '\u2007';

/** Splits text into numbers (with their separators), words (case kept) and single marks. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    let end = index + 1;
    if (isDigit(char)) {
      for (;;) {
        if (isDigit(text[end])) end += 1;
        else if ((text[end] === '.' || text[end] === ',') && isDigit(text[end + 1])) end += 2;
        else if (isThinSpace(text[end]) && /^\d{3}$/.test(text.slice(end + 1, end + 4)) && !isDigit(text[end + 4]))
          end += 4;
        else break;
      }
      tokens.push({ type: NUMBER, text: text.slice(index, end) });
    } else if (isLetter(char)) {
      while (end < text.length && isLetter(text[end])) end += 1;
      // Keep the case: "M" (million, miliar) is not "m" (minutes).
      tokens.push({ type: WORD, text: text.slice(index, end) });
      // An abbreviation's full stop ("rb.", "mnt.", "Rp.1.250") belongs to the word.
      if (text[end] === '.') end += 1;
    } else if (char.trim() !== '' && !isThinSpace(char)) {
      tokens.push({ type: MARK, text: char === '\u2212' ? '-' : char });
    }
    index = end;
  }
  return tokens;
}

/**
 * A number as the page wrote it, as a plain decimal string ("1234.56"), or null. The shape
 * decides where it can: two kinds of separator, or one used twice, leave no doubt. Only a single
 * separator followed by exactly three digits ("48,210", "48.210") is read by the language, or
 * as grouping when the amount has no fractions (`wholeOnly`).
 */
function plainNumber(text: string, style: Style, wholeOnly = false): string | null {
  let dots = 0;
  let commas = 0;
  let last = -1;
  let plain = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (isDigit(char)) continue;
    plain = false;
    if (char === '.') dots += 1;
    else if (char === ',') commas += 1;
    else continue;
    last = index;
  }
  if (plain) return text;
  let decimalAt = -1;
  if (dots && commas) decimalAt = last;
  else if (dots + commas === 1) {
    const couldGroup = text.length - last === 4 && last <= 3 && text[0] !== '0';
    if (!couldGroup || (!wholeOnly && (commas === 1) === style.commaDecimal)) decimalAt = last;
  }
  const wholeEnd = decimalAt < 0 ? text.length : decimalAt;
  let digits = '';
  let run = 0;
  let groupMark = '';
  for (let index = 0; index < wholeEnd; index += 1) {
    const char = text[index];
    if (isDigit(char)) {
      digits += char;
      run += 1;
      continue;
    }
    // Groups of three after a first group of one to three, all marked alike.
    if ((groupMark ? run !== 3 || char !== groupMark : run > 3) || char === text[decimalAt]) return null;
    groupMark = char;
    run = 0;
  }
  if (groupMark && run !== 3) return null;
  if (decimalAt < 0) return digits;
  const fraction = text.slice(decimalAt + 1);
  for (const char of fraction) if (!isDigit(char)) return null;
  return `${digits}.${fraction}`;
}

type Read = ParsedValue & { end: number };

/** "3:45" (minutes and seconds) or "1:02:03" (hours, minutes, seconds). */
function clockAt(tokens: Token[], index: number): Read | null {
  if (tokens[index + 1]?.text !== ':') return null;
  let seconds = 0;
  let end = index;
  for (let part = 0; ; part += 1) {
    const text = tokens[end]?.type === NUMBER ? tokens[end].text : '';
    if (!/^\d+$/.test(text) || (part > 0 && (text.length !== 2 || text > '59'))) return null;
    seconds = seconds * 60 + Number(text);
    end += 1;
    if (tokens[end]?.text !== ':') return part > 0 ? { value: seconds, kind: 'duration', end } : null;
    if (part === 2) return null;
    end += 1;
  }
}

/** "1m 05s", "2 j 3 mnt", "1h23m45s", "45 min": largest unit first, each once. */
function unitDurationAt(tokens: Token[], index: number, style: Style): Read | null {
  let seconds = 0;
  let last = Infinity;
  let end = index;
  let bareM = false;
  let decimals = false;
  while (tokens[end]?.type === NUMBER && tokens[end + 1]?.type === WORD) {
    const word = tokens[end + 1].text;
    const unit = word === 'M' ? undefined : durationUnits.get(word.toLowerCase());
    if (!unit || unit >= last) break;
    const number = plainNumber(tokens[end].text, style);
    // A later part stays below the unit before it ("1m 75s" is no duration).
    if (number === null || Number(number) * unit >= last) return null;
    bareM ||= word === 'm';
    decimals ||= number.includes('.');
    seconds += Number(number) * unit;
    last = unit;
    end += 2;
  }
  const parts = (end - index) / 2;
  // Decimals only stand alone ("1,5 jam"), and a lone "5m" may as well be five million.
  if (parts === 0 || (parts === 1 && bareM) || (parts > 1 && decimals)) return null;
  return { value: seconds, kind: 'duration', end };
}

/** The currency at `index` ("Rp", "IDR", "$", "US$") and the index after it, or null. */
function currencyAt(tokens: Token[], index: number): [string, number] | null {
  const token = tokens[index];
  if (!token || token.type === NUMBER) return null;
  const text = token.text.toLowerCase();
  if (tokens[index + 1]?.text === '$' && currencies.has(`${text}$`)) return [currencies.get(`${text}$`)!, index + 2];
  const currency = currencies.get(text);
  return currency ? [currency, index + 1] : null;
}

/** A count, percent or amount of money: [currency] number [scale] [% | currency]. */
function amountAt(tokens: Token[], index: number, style: Style): Read | null {
  const prefix = currencyAt(tokens, index);
  let currency = prefix?.[0];
  let end = prefix ? prefix[1] : index;
  if (tokens[end]?.type !== NUMBER) return null;
  // Rupiah and yen amounts have no cents on dashboards: "Rp 12,500" is twelve thousand five hundred anywhere.
  const number = plainNumber(tokens[end].text, style, currency === 'IDR' || currency === 'JPY');
  if (number === null) return null;
  end += 1;
  const word = tokens[end]?.type === WORD ? tokens[end].text : '';
  // "M" is a million in English and a miliar in Indonesian; "m" could be minutes, except after a currency.
  const exponent =
    word === 'M' || (word === 'm' && currency) ? (style.indonesian ? 9 : 6) : (scales.get(word.toLowerCase()) ?? 0);
  if (exponent) end += 1;
  let kind: ValueKind = currency ? 'money' : 'count';
  if (tokens[end]?.text === '%') {
    if (currency || exponent) return null;
    kind = 'percent';
    end += 1;
  } else if (!currency) {
    const suffix = currencyAt(tokens, end);
    if (suffix) [currency, kind, end] = [suffix[0], 'money', suffix[1]];
  }
  const value = exponent ? Number(`${number}e${exponent}`) : Number(number);
  return currency ? { value, kind, currency, end } : { value, kind, end };
}

/** The value that starts at `index`: a clock, a duration in units, or an amount. */
function valueAt(tokens: Token[], index: number, style: Style): Read | null {
  return clockAt(tokens, index) ?? unitDurationAt(tokens, index, style) ?? amountAt(tokens, index, style);
}

/** The tokens of a short text, with invisible marks dropped and wide spaces made plain; null when too long. */
function tokensOf(text: string): Token[] | null {
  if (text.length > maxLength) return null;
  // Only text beyond printable ASCII needs cleaning: most values skip both replacements.
  const plain = /[^\x20-\x7e]/.test(text)
    ? text
        .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
        .replace(/[\s\u2000-\u2006\u2008\u200a\u205f\u3000]/g, (char) => (isThinSpace(char) ? char : ' '))
    : text;
  return tokenize(plain);
}

/** Drops the token positions from a read. */
function value(read: Read): ParsedValue {
  return read.currency
    ? { value: read.value, kind: read.kind, currency: read.currency }
    : { value: read.value, kind: read.kind };
}

/**
 * The value a dashboard shows, in the page's `locale` (a BCP 47 tag such as 'en' or 'id-ID'),
 * or null when the text is not exactly one value ("—", "N/A", "48,210 12%", "Impressions").
 */
export function parseMetricValue(text: string, locale: string): ParsedValue | null {
  const tokens = tokensOf(text);
  if (!tokens?.length) return null;
  const signed = tokens[0].text === '-' || tokens[0].text === '+';
  const read = valueAt(tokens, signed ? 1 : 0, styleOf(locale));
  if (!read || read.end !== tokens.length) return null;
  if (tokens[0].text === '-' && read.value) read.value = -read.value;
  return value(read);
}

/** Marks and words that give a change's direction. */
const directions = table<ChangeDirection | 0>([
  ['up', '▲ △ ↑ ⬆ ▴ ⇧ ⏶ +'],
  ['down', '▼ ▽ ↓ ⬇ ▾ ⇩ ⏷ -'],
  ['up', 'up increase increased increases increasing rise rose risen rising higher more gain'],
  ['down', 'down decrease decreased decreases decreasing fall fell falling drop dropped lower less fewer'],
  ['up', 'naik meningkat peningkatan bertambah kenaikan tinggi'],
  ['down', 'turun menurun penurunan berkurang rendah'],
  // Words and marks that say nothing about the change itself.
  [0, 'by of an a is was change changed sebesar perubahan lebih : ±'],
]);
/** Words that start the comparison ("from previous period", "dari periode sebelumnya"): the rest is ignored. */
const comparisonWords =
  ' from vs versus compared than over since in relative dari dibandingkan dibanding daripada sejak terhadap dalam ';
const flatTexts = new Set(['no change', 'unchanged', 'flat', 'tidak ada perubahan', 'tidak berubah', 'tetap']);

/**
 * The change a dashboard shows beside a value ("▲ 12.4%", "-2.2%", "+212", "↓ 3,1%", "naik 5%",
 * or an aria-label such as "Up 12.4% from previous period"), or null when the text gives no
 * clear direction, contradicts itself or holds more than one value before its comparison.
 */
export function parseChange(text: string, locale: string): ParsedChange | null {
  const tokens = tokensOf(text);
  if (!tokens?.length) return null;
  if (tokens.every((token) => token.type === WORD)) {
    const words = tokens.map((token) => token.text.toLowerCase()).join(' ');
    return flatTexts.has(words) ? { direction: 'flat', value: 0, kind: 'percent' } : null;
  }
  const style = styleOf(locale);
  let direction: ChangeDirection | 0 = 0;
  let read: Read | null = null;
  let index = 0;
  for (; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!read && (read = valueAt(tokens, index, style))) index = read.end - 1;
    else if (read && token.type === WORD && comparisonWords.includes(` ${token.text.toLowerCase()} `)) break;
    else {
      const found = directions.get(token.type === WORD ? token.text.toLowerCase() : token.text);
      if (found === undefined || (found && direction && found !== direction)) return null;
      direction ||= found;
    }
  }
  if (!read) return null;
  if (read.value === 0) return { direction: 'flat', ...value(read) };
  return direction ? { direction, ...value(read) } : null;
}
