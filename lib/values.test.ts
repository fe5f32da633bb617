import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChange, parseMetricValue, type ParsedChange, type ParsedValue } from './values';

const count = (value: number): ParsedValue => ({ value, kind: 'count' });
const percent = (value: number): ParsedValue => ({ value, kind: 'percent' });
const money = (value: number, currency: string): ParsedValue => ({ value, kind: 'money', currency });
const duration = (value: number): ParsedValue => ({ value, kind: 'duration' });

describe('parseMetricValue', () => {
  it.each<[string, string, ParsedValue]>([
    // Grouping and decimals: the locale decides only "one separator, then three digits".
    ['48,210', 'en', count(48210)],
    ['48,210', 'en-US', count(48210)],
    ['48,210', 'id', count(48.21)],
    ['48.210', 'id', count(48210)],
    ['48.210', 'id-ID', count(48210)],
    ['48.210', 'en', count(48.21)],
    ['1,234.56', 'en', count(1234.56)],
    ['1,234.56', 'id', count(1234.56)],
    ['1.234,56', 'en', count(1234.56)],
    ['1.250.000', 'en', count(1250000)],
    ['1,250,000', 'id', count(1250000)],
    ['1.234.567,89', 'id', count(1234567.89)],
    ['4,79', 'en', count(4.79)],
    ['0,125', 'en', count(0.125)],
    ['1234,567', 'en', count(1234.567)],
    ['212', 'id', count(212)],
    ['0', 'en', count(0)],
    // Percent
    ['4.79%', 'en', percent(4.79)],
    ['4,79%', 'id', percent(4.79)],
    ['4,79 %', 'id', percent(4.79)],
    ['100%', 'en', percent(100)],
    ['0.5%', 'id', percent(0.5)],
    ['−2.2%', 'en', percent(-2.2)],
    ['-2,2%', 'id', percent(-2.2)],
    // Abbreviated counts
    ['12.4K', 'en', count(12400)],
    ['12.4k', 'en', count(12400)],
    ['1.2M', 'en', count(1200000)],
    ['3M', 'en', count(3000000)],
    ['2.5B', 'en', count(2500000000)],
    ['12,4 rb', 'id', count(12400)],
    ['12,4 rb.', 'id', count(12400)],
    ['12,4 ribu', 'id', count(12400)],
    ['1,2 jt', 'id', count(1200000)],
    ['1,2 juta', 'id', count(1200000)],
    ['3 M', 'id', count(3000000000)],
    ['3 miliar', 'id', count(3000000000)],
    ['12,4K', 'id', count(12400)],
    ['4.35K', 'en', count(4350)],
    // Money
    ['Rp 1.250.000', 'id', money(1250000, 'IDR')],
    ['Rp1.250.000', 'id', money(1250000, 'IDR')],
    ['Rp.1.250.000', 'id', money(1250000, 'IDR')],
    ['Rp 1,2 jt', 'id', money(1200000, 'IDR')],
    ['Rp 12,500', 'id', money(12500, 'IDR')],
    ['Rp 12.500', 'en', money(12500, 'IDR')],
    ['Rp 12,50', 'id', money(12.5, 'IDR')],
    ['IDR 1,250,000', 'en', money(1250000, 'IDR')],
    ['IDR 1,250,000', 'id', money(1250000, 'IDR')],
    ['1.250.000 IDR', 'id', money(1250000, 'IDR')],
    ['$1,234.56', 'en', money(1234.56, '$')],
    ['$1,234.56', 'id', money(1234.56, '$')],
    ['US$1.234,56', 'id', money(1234.56, 'USD')],
    ['US$1,234.56', 'en', money(1234.56, 'USD')],
    ['USD 12.50', 'en', money(12.5, 'USD')],
    ['$2.3m', 'en', money(2300000, '$')],
    ['€12,50', 'id', money(12.5, 'EUR')],
    ['12,50 €', 'id', money(12.5, 'EUR')],
    ['S$40', 'en', money(40, 'SGD')],
    ['RM 1,200', 'en', money(1200, 'MYR')],
    // Durations, in seconds
    ['3:45', 'en', duration(225)],
    ['0:07', 'id', duration(7)],
    ['1:02:03', 'en', duration(3723)],
    ['1m 05s', 'en', duration(65)],
    ['1h 23m 45s', 'en', duration(5025)],
    ['1h23m45s', 'en', duration(5025)],
    ['45 min', 'en', duration(2700)],
    ['2 hours', 'en', duration(7200)],
    ['30s', 'en', duration(30)],
    ['2 j 3 mnt', 'id', duration(7380)],
    ['1 jam 5 menit', 'id', duration(3900)],
    ['12 dtk', 'id', duration(12)],
    ['1,5 jam', 'id', duration(5400)],
    ['1 hari 2 jam', 'id', duration(93600)],
    // Spaces a page may use: no-break, thin and narrow no-break, and marks that carry no meaning.
    ['Rp\u00a01.250.000', 'id', money(1250000, 'IDR')],
    ['48\u202f210', 'en', count(48210)],
    ['48\u2009210', 'id', count(48210)],
    ['1\u202f234,5', 'id', count(1234.5)],
    ['12,4\u00a0rb', 'id', count(12400)],
    ['  48,210\n', 'en', count(48210)],
    ['\u200e48,210\u200f', 'en', count(48210)],
    ['+212', 'en', count(212)],
  ])('reads %j in %s', (text, locale, expected) => {
    expect(parseMetricValue(text, locale)).toEqual(expected);
  });

  it.each<[string, string]>([
    // Nothing to read
    ['—', 'en'],
    ['–', 'id'],
    ['-', 'en'],
    ['−', 'en'],
    ['N/A', 'en'],
    ['n/a', 'id'],
    ['', 'en'],
    ['  ', 'en'],
    ['Impressions', 'en'],
    ['Tidak ada data', 'id'],
    // Two numbers, or a number with something else: never guess
    ['48,210 12%', 'en'],
    ['48 210', 'en'],
    ['48,210 impressions', 'en'],
    ['Sep 1 – Sep 28, 2026', 'en'],
    ['12% of 48,210', 'en'],
    ['Rp 1.000 IDR', 'id'],
    ['$12%', 'en'],
    ['12K%', 'en'],
    // Shapes that are not numbers
    ['1.2.3', 'en'],
    ['1,23.4', 'en'],
    ['12,34,567', 'en'],
    ['1:2', 'en'],
    ['1:75', 'en'],
    ['1:02:03:04', 'en'],
    ['1m 75s', 'en'],
    ['5s 1m', 'en'],
    ['1.5m 30s', 'en'],
    // "5m" is five minutes or five million: refused.
    ['5m', 'en'],
    ['5m', 'id'],
    ['٤٨', 'en'],
    ['1'.repeat(200), 'en'],
  ])('refuses %j in %s', (text, locale) => {
    expect(parseMetricValue(text, locale)).toBeNull();
  });

  it('reads a number either language formats back to itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.constantFrom('en', 'en-US', 'id', 'id-ID'),
        (cents, locale) => {
          const number = cents / 100;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(number);
          expect(parseMetricValue(text, locale)).toEqual(count(number));
          expect(parseMetricValue(`${text}%`, locale)).toEqual(percent(number));
        },
      ),
    );
  });

  it('reads rupiah and dollars as Intl formats them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (cents) => {
        const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR' }).format(cents);
        const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
        expect(parseMetricValue(rupiah, 'id-ID')).toEqual(money(cents, 'IDR'));
        expect(parseMetricValue(dollars, 'en-US')).toEqual(money(cents / 100, '$'));
      }),
    );
  });

  it('reads any clock duration back to its seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 * 3600 }), (seconds) => {
        const pad = (part: number) => String(part).padStart(2, '0');
        const [hours, minutes, rest] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
        const text = hours ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
        expect(parseMetricValue(text, 'en')).toEqual(duration(seconds));
      }),
    );
  });

  it('never throws and never returns a number that is not finite', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('en', 'id'), (text, locale) => {
        const read = parseMetricValue(text, locale);
        if (read) expect(Number.isFinite(read.value)).toBe(true);
      }),
    );
  });
});

describe('parseChange', () => {
  const up = (value: number, kind: ParsedValue['kind'] = 'percent'): ParsedChange => ({ direction: 'up', value, kind });
  const down = (value: number, kind: ParsedValue['kind'] = 'percent'): ParsedChange => ({
    direction: 'down',
    value,
    kind,
  });
  const flat: ParsedChange = { direction: 'flat', value: 0, kind: 'percent' };

  it.each<[string, string, ParsedChange]>([
    ['▲ 12.4%', 'en', up(12.4)],
    ['▲12,4%', 'id', up(12.4)],
    ['12.4% ▲', 'en', up(12.4)],
    ['-2.2%', 'en', down(2.2)],
    ['−2,2%', 'id', down(2.2)],
    ['+212', 'en', up(212, 'count')],
    ['+1.2K', 'en', up(1200, 'count')],
    ['+1,2 rb', 'id', up(1200, 'count')],
    ['↓ 3,1%', 'id', down(3.1)],
    ['↑ 3.1%', 'en', up(3.1)],
    ['naik 5%', 'id', up(5)],
    ['turun 5%', 'id', down(5)],
    ['Naik 12,4%', 'id', up(12.4)],
    ['Turun 12,4% dari periode sebelumnya', 'id', down(12.4)],
    ['Meningkat 3%', 'id', up(3)],
    ['menurun sebesar 3%', 'id', down(3)],
    ['12,4% lebih tinggi dari 28 hari sebelumnya', 'id', up(12.4)],
    ['Up 12.4% from previous period', 'en', up(12.4)],
    ['Up 12.4% vs. previous 28 days', 'en', up(12.4)],
    ['Down 2.2% compared to last month', 'en', down(2.2)],
    ['increased by 5%', 'en', up(5)],
    ['Decreased by 1.5%', 'en', down(1.5)],
    ['12.4% higher than the previous period', 'en', up(12.4)],
    ['Change: +4.1%', 'en', up(4.1)],
    ['+0:12', 'en', up(12, 'duration')],
    ['+Rp 250.000', 'id', { direction: 'up', value: 250000, kind: 'money', currency: 'IDR' }],
    ['-$12.50', 'en', { direction: 'down', value: 12.5, kind: 'money', currency: '$' }],
    ['0%', 'en', flat],
    ['+0%', 'en', flat],
    ['±0%', 'id', flat],
    ['No change', 'en', flat],
    ['Tidak ada perubahan', 'id', flat],
    ['\u00a0▲\u00a012.4%\u00a0', 'en', up(12.4)],
  ])('reads %j in %s', (text, locale, expected) => {
    expect(parseChange(text, locale)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['12.4%', 'en'], // no direction
    ['—', 'en'],
    ['-', 'id'],
    ['▲ -2%', 'en'], // contradicts itself
    ['▼ +3.1%', 'en'],
    ['naik turun 5%', 'id'],
    ['Up 12.4% down 3%', 'en'],
    ['Impressions: 48,210, up 12.4%', 'en'], // two numbers before the comparison
    ['Increased from 4.2% to 4.9%', 'en'], // the change itself is not shown
    ['Up a lot', 'en'],
    ['+0.4 pp', 'en'], // percentage points are not read yet
    ['2.3x', 'en'],
  ])('refuses %j in %s', (text, locale) => {
    expect(parseChange(text, locale)).toBeNull();
  });

  it('reads the direction from the sign or the arrow for any shown number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.constantFrom('en', 'id'),
        fc.constantFrom(['+', 'up'], ['▲ ', 'up'], ['↓ ', 'down'], ['-', 'down'], ['−', 'down']),
        (tenths, locale, [mark, direction]) => {
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(tenths / 10);
          expect(parseChange(`${mark}${text}%`, locale)).toEqual({ direction, value: tenths / 10, kind: 'percent' });
        },
      ),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const read = parseChange(text, 'id');
        if (read) expect(read.value).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
