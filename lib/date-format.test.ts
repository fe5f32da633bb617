import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserTimeZone, dateFormat, zonedDateFormat } from './date-format';

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
