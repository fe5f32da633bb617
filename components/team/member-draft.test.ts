import { describe, expect, it } from 'vitest';
import { createMember, DEFAULT_CHECK_IN_EVERY_DAYS } from '@/lib/model/member';
import { draftChanged, draftOf, fieldsOf, parseHours } from './member-draft';

describe('the add-person draft', () => {
  it('starts empty: no hours, no rhythm, nothing that looks like a value', () => {
    const draft = draftOf();
    expect(Object.values(draft.hours).every((hours) => hours === '')).toBe(true);
    expect(draft.checkInEveryDays).toBe('');
    expect(fieldsOf({ ...draft, name: ' Dewi ' })).toEqual({
      name: 'Dewi',
      role: '',
      platforms: [],
      hats: [],
      checkInEveryDays: DEFAULT_CHECK_IN_EVERY_DAYS,
    });
  });

  it('reads hours with a comma or a point, and keeps only the hats worn', () => {
    expect(parseHours('7,5')).toBe(7.5);
    expect(parseHours(' 3 ')).toBe(3);
    expect(parseHours('')).toBe(0);
    expect(parseHours('lots')).toBeNaN();
    const draft = draftOf();
    const fields = fieldsOf({ ...draft, name: 'Dewi', hours: { ...draft.hours, writer: '4,5', analyst: '0' } });
    expect(fields.hats).toEqual([{ hat: 'writer', hoursPerWeek: 4.5 }]);
  });

  it('knows when something was changed, ignoring spaces and the order of platforms', () => {
    const member = createMember({ name: 'Dewi', platforms: ['instagram', 'tiktok'], checkInEveryDays: 7 });
    const start = draftOf(member);
    expect(draftChanged({ ...start, name: 'Dewi ', platforms: ['tiktok', 'instagram'] }, start)).toBe(false);
    expect(draftChanged({ ...start, platforms: ['tiktok'] }, start)).toBe(true);
    expect(draftChanged({ ...start, hours: { ...start.hours, video: '2' } }, start)).toBe(true);
    expect(draftChanged({ ...start, checkInEveryDays: '14' }, start)).toBe(true);
    expect(draftOf(member).checkInEveryDays).toBe('7');
  });
});
