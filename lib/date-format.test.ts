import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserTimeZone, changeDateText, dateFormat, dayText, zonedDateFormat } from './date-format';

describe('dateFormat', () => {
  it('formats as Intl does, one formatter per language and options', () => {
    const day = Date.UTC(2026, 10, 12);
    const options = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;
    expect(dateFormat('en', options).format(day)).toBe(new Intl.DateTimeFormat('en', options).format(day));
    expect(dateFormat('id', options).format(day)).toBe(new Intl.DateTimeFormat('id', options).format(day));
    expect(dateFormat('en', { ...options })).toBe(dateFormat('en', options));
    expect(dateFormat('id', options)).not.toBe(dateFormat('en', options));
    expect(dateFormat('en', { ...options, month: 'long' })).not.toBe(dateFormat('en', options));
  });

  it('throws for a time zone Intl does not know, as Intl does, and keeps nothing for it', () => {
    expect(() => dateFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('stands UTC in for a time zone Intl does not know, the same formatter each time', () => {
    const day = Date.UTC(2026, 10, 12, 23, 30);
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    const unknown = zonedDateFormat('en', { ...options, timeZone: 'Mars/Olympus' });
    expect(unknown.format(day)).toBe(new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(day));
    expect(zonedDateFormat('en', { ...options, timeZone: 'Mars/Olympus' })).toBe(unknown);
    expect(zonedDateFormat('en', { ...options, timeZone: 'Asia/Jakarta' })).toBe(
      dateFormat('en', { ...options, timeZone: 'Asia/Jakarta' }),
    );
  });
});

describe('browserTimeZone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the time zone the browser says, and UTC when it says none or cannot say', () => {
    const resolved = (timeZone: string) =>
      vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
        ...new Intl.DateTimeFormat().resolvedOptions(),
        timeZone,
      });
    resolved('Asia/Jakarta');
    expect(browserTimeZone()).toBe('Asia/Jakarta');
    resolved('');
    expect(browserTimeZone()).toBe('UTC');
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(() => {
      throw new RangeError('no ICU data');
    });
    expect(browserTimeZone()).toBe('UTC');
  });
});

describe('dayText', () => {
  it("writes a date field's value as each language writes dates, whatever the time zone", () => {
    expect(dayText('2026-12-09', 'en')).toBe('Wednesday, December 9, 2026');
    expect(dayText('2026-12-09', 'id')).toBe('Rabu, 09 Desember 2026');
    expect(dayText('2026-12-09', 'en', 'medium')).toBe('Dec 9, 2026');
    expect(dayText('2026-12-09', 'id', 'medium')).toBe('9 Des 2026');
    expect(dayText('2024-02-29', 'en', 'medium')).toBe('Feb 29, 2024');
    expect(dayText('0099-01-01', 'en', 'medium')).toBe('Jan 1, 99');
  });

  it('is null for anything that is not a calendar date', () => {
    for (const text of ['', '2026-13-01', '2026-02-30', '2025-02-29', '09/12/2026', '2026-1-9', ' 2026-12-09'])
      expect(dayText(text, 'en')).toBeNull();
  });
});

describe('changeDateText', () => {
  it('writes a month alone as the month and year, in either language', () => {
    expect(changeDateText('2024-08', 'en')).toBe('August 2024');
    expect(changeDateText('2024-08', 'id')).toBe('Agustus 2024');
    expect(changeDateText('2019-01', 'en')).toBe('January 2019');
    expect(changeDateText('2019-12', 'id')).toBe('Desember 2019');
  });

  it('writes a day in the medium style, the day before the month in Indonesian', () => {
    expect(changeDateText('2025-04-21', 'en')).toBe('Apr 21, 2025');
    expect(changeDateText('2025-04-21', 'id')).toBe('21 Apr 2025');
  });

  it('keeps what is not a date as it is', () => {
    expect(changeDateText('2024-13', 'en')).toBe('2024-13');
    expect(changeDateText('2025-02-30', 'en')).toBe('2025-02-30');
    expect(changeDateText('soon', 'id')).toBe('soon');
  });
});
