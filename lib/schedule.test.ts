import { describe, expect, it } from 'vitest';
import {
  CRISIS_DEBRIEF_ID,
  checkInEveryDays,
  crisisEnded,
  dueReminders,
  isQuiet,
  nextAllowedTime,
  nextNudge,
  nextWakeTime,
  showingNudge,
  zonedParts,
  zonedToUtc,
  type Cadence,
  type NudgeHistory,
  type ScheduleState,
} from './schedule';
import { reminderSettingsSchema, type ReminderSettings } from './model/reminder-settings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A UTC moment, written as an ISO string so each test reads like a calendar. */
const at = (iso: string) => Date.parse(iso);

const weekdays = [1, 2, 3, 4, 5];
const everyDay = [0, 1, 2, 3, 4, 5, 6];

function settings(fields: Partial<ReminderSettings> = {}): ReminderSettings {
  return {
    timeZone: 'Asia/Jakarta',
    quietStart: '19:00',
    quietEnd: '08:00',
    workDays: weekdays,
    retro: null,
    crisis: null,
    ...fields,
  };
}

function state(
  cadences: Cadence[],
  history: Record<string, NudgeHistory> = {},
  fields: Partial<ReminderSettings> = {},
): ScheduleState {
  return { settings: settings(fields), cadences, history };
}

const checkIn = (memberId: string, everyDays: number): Cadence => ({ kind: 'check-in', memberId, everyDays });
const retro: Cadence = { kind: 'retro' };

// Jakarta is UTC+7 all year: Monday 5 January 2026, 10:00 local is 03:00Z.
const mondayMorningJakarta = at('2026-01-05T03:00:00Z');

describe('zoned parts', () => {
  it('reads the local clock of Jakarta, seven hours ahead of UTC', () => {
    expect(zonedParts(at('2026-01-05T01:00:00Z'), 'Asia/Jakarta')).toEqual({
      year: 2026,
      month: 1,
      day: 5,
      hour: 8,
      minute: 0,
      weekday: 1,
    });
  });

  it('moves to the next local date and weekday before UTC does', () => {
    // Friday 23:30Z is already Saturday 06:30 in Jakarta.
    expect(zonedParts(at('2026-01-09T23:30:00Z'), 'Asia/Jakarta')).toMatchObject({ day: 10, hour: 6, weekday: 6 });
  });

  it('reads midnight as hour 0, not 24', () => {
    expect(zonedParts(at('2026-01-05T17:00:00Z'), 'Asia/Jakarta')).toMatchObject({ day: 6, hour: 0, minute: 0 });
  });

  it('follows London from GMT to BST and back', () => {
    expect(zonedParts(at('2026-03-29T00:59:00Z'), 'Europe/London')).toMatchObject({ hour: 0, minute: 59 });
    expect(zonedParts(at('2026-03-29T01:00:00Z'), 'Europe/London')).toMatchObject({ hour: 2, minute: 0 });
    expect(zonedParts(at('2026-10-25T00:59:00Z'), 'Europe/London')).toMatchObject({ hour: 1, minute: 59 });
    expect(zonedParts(at('2026-10-25T01:00:00Z'), 'Europe/London')).toMatchObject({ hour: 1, minute: 0 });
  });

  it('reads an unknown time zone as UTC without throwing', () => {
    expect(zonedParts(at('2026-01-05T01:00:00Z'), 'Mars/Olympus_Mons')).toMatchObject({ day: 5, hour: 1, weekday: 1 });
    expect(zonedParts(at('2026-01-05T01:00:00Z'), '')).toMatchObject({ hour: 1 });
  });
});

describe('local time to UTC', () => {
  it('turns a Jakarta wall time into the moment seven hours earlier in UTC', () => {
    expect(zonedToUtc({ year: 2026, month: 1, day: 5, hour: 8, minute: 30 }, 'Asia/Jakarta')).toBe(
      at('2026-01-05T01:30:00Z'),
    );
  });

  it('uses BST after the London spring change and GMT after the autumn one', () => {
    expect(zonedToUtc({ year: 2026, month: 3, day: 30, hour: 8, minute: 30 }, 'Europe/London')).toBe(
      at('2026-03-30T07:30:00Z'),
    );
    expect(zonedToUtc({ year: 2026, month: 10, day: 26, hour: 8, minute: 30 }, 'Europe/London')).toBe(
      at('2026-10-26T08:30:00Z'),
    );
  });

  it('moves a time skipped by the spring change forward by the hour skipped', () => {
    // 01:30 does not exist in London on 29 March 2026: the clock jumps from 01:00 to 02:00.
    expect(zonedToUtc({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, 'Europe/London')).toBe(
      at('2026-03-29T01:30:00Z'),
    );
    expect(zonedToUtc({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York')).toBe(
      at('2026-03-08T07:30:00Z'),
    );
  });

  it('takes the first of the two moments in the hour repeated in autumn', () => {
    expect(zonedToUtc({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, 'Europe/London')).toBe(
      at('2026-10-25T00:30:00Z'),
    );
    expect(zonedToUtc({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')).toBe(
      at('2026-11-01T05:30:00Z'),
    );
  });
});

describe('quiet hours', () => {
  const jakarta = settings();
  // Monday 5 January 2026 in Jakarta; local HH:MM is UTC + 7.
  const local = (clock: string) => at(`2026-01-05T${clock}:00+07:00`);

  it('are quiet from the start time up to, not including, the end time, across midnight', () => {
    expect(isQuiet(local('18:59'), jakarta)).toBe(false);
    expect(isQuiet(local('19:00'), jakarta)).toBe(true);
    expect(isQuiet(local('23:30'), jakarta)).toBe(true);
    expect(isQuiet(at('2026-01-06T00:00:00+07:00'), jakarta)).toBe(true);
    expect(isQuiet(at('2026-01-06T07:59:00+07:00'), jakarta)).toBe(true);
    expect(isQuiet(at('2026-01-06T08:00:00+07:00'), jakarta)).toBe(false);
  });

  it('can sit inside one day', () => {
    const lunch = settings({ quietStart: '12:00', quietEnd: '13:00' });
    expect(isQuiet(local('11:59'), lunch)).toBe(false);
    expect(isQuiet(local('12:30'), lunch)).toBe(true);
    expect(isQuiet(local('13:00'), lunch)).toBe(false);
    expect(isQuiet(local('23:00'), lunch)).toBe(false);
  });

  it('are off when start and end are the same', () => {
    const none = settings({ quietStart: '00:00', quietEnd: '00:00' });
    expect(isQuiet(local('03:00'), none)).toBe(false);
    expect(isQuiet(local('22:00'), none)).toBe(false);
  });

  it('cover whole days without work', () => {
    // Saturday 10 January, 10:00 in Jakarta.
    expect(isQuiet(at('2026-01-10T10:00:00+07:00'), jakarta)).toBe(true);
    expect(isQuiet(at('2026-01-11T10:00:00+07:00'), jakarta)).toBe(true);
    // A team that works Sunday to Thursday rests on Friday and Saturday.
    const sundayToThursday = settings({ workDays: [0, 1, 2, 3, 4] });
    expect(isQuiet(at('2026-01-09T10:00:00+07:00'), sundayToThursday)).toBe(true);
    expect(isQuiet(at('2026-01-11T10:00:00+07:00'), sundayToThursday)).toBe(false);
  });

  it('judge the work day by the local date, not the UTC one', () => {
    // Monday 08:30 in Jakarta is still Sunday in UTC.
    expect(isQuiet(at('2026-01-05T08:30:00+07:00'), jakarta)).toBe(false);
  });

  it('are read in UTC when the time zone is unknown', () => {
    const unknown = settings({ timeZone: 'Not/A_Zone' });
    expect(isQuiet(at('2026-01-05T10:00:00Z'), unknown)).toBe(false);
    expect(isQuiet(at('2026-01-05T20:00:00Z'), unknown)).toBe(true);
    expect(nextAllowedTime(at('2026-01-05T20:00:00Z'), unknown)).toBe(at('2026-01-06T08:00:00Z'));
  });
});

describe('next allowed time', () => {
  const jakarta = settings();

  it('is the moment itself when it is not quiet', () => {
    expect(nextAllowedTime(mondayMorningJakarta + 12_345, jakarta)).toBe(mondayMorningJakarta + 12_345);
  });

  it('is the end of quiet hours the next morning', () => {
    expect(nextAllowedTime(at('2026-01-05T23:00:00+07:00'), jakarta)).toBe(at('2026-01-06T08:00:00+07:00'));
    expect(nextAllowedTime(at('2026-01-06T07:59:30+07:00'), jakarta)).toBe(at('2026-01-06T08:00:00+07:00'));
  });

  it('skips the weekend from Friday evening to Monday morning', () => {
    expect(nextAllowedTime(at('2026-01-09T20:00:00+07:00'), jakarta)).toBe(at('2026-01-12T08:00:00+07:00'));
  });

  it('starts a work day at midnight when quiet hours do not cover it', () => {
    const lunch = settings({ quietStart: '12:00', quietEnd: '13:00' });
    expect(nextAllowedTime(at('2026-01-10T10:00:00+07:00'), lunch)).toBe(at('2026-01-12T00:00:00+07:00'));
    expect(nextAllowedTime(at('2026-01-05T12:15:00+07:00'), lunch)).toBe(at('2026-01-05T13:00:00+07:00'));
  });

  it('is null when no day has work', () => {
    expect(nextAllowedTime(mondayMorningJakarta, settings({ workDays: [] }))).toBeNull();
  });

  describe('in London', () => {
    const london = settings({ timeZone: 'Europe/London', workDays: everyDay });

    it('ends the night of the spring change at 08:00 BST, an hour earlier in UTC', () => {
      expect(nextAllowedTime(at('2026-03-28T23:00:00Z'), london)).toBe(at('2026-03-29T07:00:00Z'));
    });

    it('ends the night of the autumn change at 08:00 GMT', () => {
      expect(nextAllowedTime(at('2026-10-24T22:00:00Z'), london)).toBe(at('2026-10-25T08:00:00Z'));
    });

    it('skips a weekend that holds the spring change', () => {
      const weekdaysLondon = settings({ timeZone: 'Europe/London' });
      // Friday 27 March, 20:00 GMT, to Monday 30 March, 08:00 BST.
      expect(nextAllowedTime(at('2026-03-27T20:00:00Z'), weekdaysLondon)).toBe(at('2026-03-30T07:00:00Z'));
    });

    it('ends quiet hours at the change when their end time is skipped', () => {
      // Quiet until 01:30, which the clocks skip: 01:00 GMT is followed by 02:00 BST.
      const lateNight = settings({
        timeZone: 'Europe/London',
        workDays: everyDay,
        quietStart: '23:00',
        quietEnd: '01:30',
      });
      expect(nextAllowedTime(at('2026-03-29T00:45:00Z'), lateNight)).toBe(at('2026-03-29T01:00:00Z'));
    });

    it('finds the hour the autumn change repeats before quiet hours start again', () => {
      // Quiet from 01:30: at 01:45 BST it is quiet, then the clocks go back to 01:00 GMT.
      const early = settings({ timeZone: 'Europe/London', workDays: everyDay, quietStart: '01:30', quietEnd: '08:00' });
      expect(nextAllowedTime(at('2026-10-25T00:45:00Z'), early)).toBe(at('2026-10-25T01:00:00Z'));
    });
  });

  describe('in New York', () => {
    const newYork = settings({ timeZone: 'America/New_York' });

    it('ends the weekend of the spring change at 08:00 EDT', () => {
      // Friday 6 March 2026, 20:00 EST, to Monday 9 March, 08:00 EDT (12:00Z).
      expect(nextAllowedTime(at('2026-03-07T01:00:00Z'), newYork)).toBe(at('2026-03-09T12:00:00Z'));
    });

    it('ends the weekend of the autumn change at 08:00 EST', () => {
      // Friday 30 October 2026, 20:00 EDT, to Monday 2 November, 08:00 EST (13:00Z).
      expect(nextAllowedTime(at('2026-10-31T00:00:00Z'), newYork)).toBe(at('2026-11-02T13:00:00Z'));
    });
  });
});

describe('check-in cadence', () => {
  const lastWeek = mondayMorningJakarta - 7 * DAY;

  it('is due once the days have passed since the last check-in', () => {
    const team = state([checkIn('ayu', 7)], { 'check-in:ayu': { lastDoneAt: lastWeek + HOUR } });
    expect(dueReminders(team, mondayMorningJakarta)).toEqual([]);
    expect(dueReminders(team, mondayMorningJakarta + HOUR)).toEqual([
      { id: 'check-in:ayu', kind: 'check-in', memberId: 'ayu', dueAt: mondayMorningJakarta + HOUR },
    ]);
  });

  it('is due at once for someone the leader has never checked in with', () => {
    const team = state([checkIn('budi', 14)]);
    expect(dueReminders(team, mondayMorningJakarta).map((nudge) => nudge.id)).toEqual(['check-in:budi']);
  });

  it('lists the most overdue first', () => {
    const team = state([checkIn('ayu', 7), checkIn('budi', 14), checkIn('citra', 7)], {
      'check-in:ayu': { lastDoneAt: mondayMorningJakarta - 8 * DAY },
      'check-in:budi': { lastDoneAt: mondayMorningJakarta - 20 * DAY },
      'check-in:citra': { lastDoneAt: mondayMorningJakarta - 3 * DAY },
    });
    expect(dueReminders(team, mondayMorningJakarta).map((nudge) => nudge.id)).toEqual([
      'check-in:budi',
      'check-in:ayu',
    ]);
  });

  it('keeps the local hour across the London spring change', () => {
    // Done Monday 23 March at 08:30 GMT; seven days on is Monday 30 March at 08:30 BST, 07:30Z.
    const team = state(
      [checkIn('ayu', 7)],
      { 'check-in:ayu': { lastDoneAt: at('2026-03-23T08:30:00Z') } },
      {
        timeZone: 'Europe/London',
      },
    );
    expect(dueReminders(team, at('2026-03-30T07:29:00Z'))).toEqual([]);
    expect(dueReminders(team, at('2026-03-30T07:30:00Z'))[0]?.dueAt).toBe(at('2026-03-30T07:30:00Z'));
    expect(nextWakeTime(team, at('2026-03-27T12:00:00Z'))).toBe(at('2026-03-30T07:30:00Z'));
  });
});

describe('snooze and dismiss', () => {
  const lastWeek = mondayMorningJakarta - 8 * DAY;

  it('hides a snoozed reminder until the snooze runs out', () => {
    const until = mondayMorningJakarta + 2 * HOUR;
    const team = state([checkIn('ayu', 7)], { 'check-in:ayu': { lastDoneAt: lastWeek, snoozedUntil: until } });
    expect(dueReminders(team, mondayMorningJakarta)).toEqual([]);
    expect(nextNudge(team, mondayMorningJakarta)).toBeNull();
    expect(nextWakeTime(team, mondayMorningJakarta)).toBe(until);
    expect(nextNudge(team, until)?.id).toBe('check-in:ayu');
  });

  it('wakes at the end of quiet hours when a snooze runs out inside them', () => {
    const until = at('2026-01-05T21:00:00+07:00');
    const team = state([checkIn('ayu', 7)], { 'check-in:ayu': { lastDoneAt: lastWeek, snoozedUntil: until } });
    expect(nextWakeTime(team, mondayMorningJakarta)).toBe(at('2026-01-06T08:00:00+07:00'));
  });

  it('does not bring a dismissed reminder back within its cadence', () => {
    const dismissedAt = mondayMorningJakarta;
    const team = state([checkIn('ayu', 7)], { 'check-in:ayu': { lastDoneAt: lastWeek, lastDismissedAt: dismissedAt } });
    expect(dueReminders(team, dismissedAt + 6 * DAY)).toEqual([]);
    expect(nextWakeTime(team, dismissedAt + HOUR)).toBe(dismissedAt + 7 * DAY);
    expect(dueReminders(team, dismissedAt + 7 * DAY).map((nudge) => nudge.id)).toEqual(['check-in:ayu']);
  });
});

describe('one nudge at a time', () => {
  const team = (history: Record<string, NudgeHistory> = {}) =>
    state([checkIn('ayu', 7), checkIn('budi', 7)], {
      'check-in:ayu': { lastDoneAt: mondayMorningJakarta - 10 * DAY },
      'check-in:budi': { lastDoneAt: mondayMorningJakarta - 8 * DAY },
      ...history,
    });

  it('offers only the most overdue, though two are due', () => {
    expect(dueReminders(team(), mondayMorningJakarta)).toHaveLength(2);
    expect(nextNudge(team(), mondayMorningJakarta)?.id).toBe('check-in:ayu');
  });

  it('offers nothing while one is on screen', () => {
    const showing = team({
      'check-in:ayu': { lastDoneAt: mondayMorningJakarta - 10 * DAY, lastShownAt: mondayMorningJakarta },
    });
    expect(showingNudge(showing, mondayMorningJakarta + HOUR)?.id).toBe('check-in:ayu');
    expect(nextNudge(showing, mondayMorningJakarta + HOUR)).toBeNull();
    expect(nextWakeTime(showing, mondayMorningJakarta + HOUR)).toBeNull();
  });

  it('offers the next once the one on screen is done', () => {
    const done = team({
      'check-in:ayu': { lastShownAt: mondayMorningJakarta, lastDoneAt: mondayMorningJakarta + MINUTE },
    });
    expect(showingNudge(done, mondayMorningJakarta + HOUR)).toBeNull();
    expect(nextNudge(done, mondayMorningJakarta + HOUR)?.id).toBe('check-in:budi');
  });

  it('offers the next once the one on screen is snoozed, and that one again after the snooze', () => {
    const until = mondayMorningJakarta + 3 * HOUR;
    const snoozed = team({
      'check-in:ayu': {
        lastDoneAt: mondayMorningJakarta - 10 * DAY,
        lastShownAt: mondayMorningJakarta,
        snoozedUntil: until,
      },
    });
    expect(nextNudge(snoozed, mondayMorningJakarta + HOUR)?.id).toBe('check-in:budi');
    expect(nextNudge(snoozed, until)?.id).toBe('check-in:ayu');
  });

  it('blocks again when a snoozed nudge is shown anew', () => {
    const until = mondayMorningJakarta + 3 * HOUR;
    const shownAgain = team({
      'check-in:ayu': { lastDoneAt: mondayMorningJakarta - 10 * DAY, snoozedUntil: until, lastShownAt: until },
    });
    expect(nextNudge(shownAgain, until + HOUR)).toBeNull();
  });

  it('offers nothing in quiet hours and wakes when they end', () => {
    const evening = at('2026-01-05T20:00:00+07:00');
    expect(dueReminders(team(), evening)).toHaveLength(2);
    expect(nextNudge(team(), evening)).toBeNull();
    expect(nextWakeTime(team(), evening)).toBe(at('2026-01-06T08:00:00+07:00'));
  });

  it('offers nothing when no day has work', () => {
    const resting = { ...team(), settings: settings({ workDays: [] }) };
    expect(nextNudge(resting, mondayMorningJakarta)).toBeNull();
    expect(nextWakeTime(resting, mondayMorningJakarta)).toBeNull();
  });
});

describe('weekly retro', () => {
  // Mondays at 08:30, in London.
  const london = { timeZone: 'Europe/London', retro: { day: 1, time: '08:30' } };

  it('falls due at 08:30 BST on the Monday after the spring change', () => {
    const team = state([retro], { retro: { lastDoneAt: at('2026-03-23T09:00:00Z') } }, london);
    expect(dueReminders(team, at('2026-03-30T07:29:00Z'))).toEqual([]);
    expect(nextNudge(team, at('2026-03-30T07:30:00Z'))).toEqual({
      id: 'retro',
      kind: 'retro',
      memberId: null,
      dueAt: at('2026-03-30T07:30:00Z'),
    });
    expect(nextWakeTime(team, at('2026-03-28T12:00:00Z'))).toBe(at('2026-03-30T07:30:00Z'));
  });

  it('falls due at 08:30 GMT on the Monday after the autumn change', () => {
    const team = state([retro], { retro: { lastDoneAt: at('2026-10-19T09:00:00Z') } }, london);
    expect(dueReminders(team, at('2026-10-26T08:29:00Z'))).toEqual([]);
    expect(nextNudge(team, at('2026-10-26T08:30:00Z'))?.dueAt).toBe(at('2026-10-26T08:30:00Z'));
    expect(nextWakeTime(team, at('2026-10-24T12:00:00Z'))).toBe(at('2026-10-26T08:30:00Z'));
  });

  it('falls due at 08:30 EDT in New York after the spring change', () => {
    const newYork = { timeZone: 'America/New_York', retro: { day: 1, time: '08:30' } };
    const team = state([retro], { retro: { lastDoneAt: at('2026-03-02T14:00:00Z') } }, newYork);
    expect(nextWakeTime(team, at('2026-03-06T18:00:00Z'))).toBe(at('2026-03-09T12:30:00Z'));
  });

  it('stays due through the week until done, and a dismissal holds until next week', () => {
    const team = state([retro], { retro: { lastDoneAt: at('2026-03-23T09:00:00Z') } }, london);
    expect(dueReminders(team, at('2026-04-02T12:00:00Z')).map((nudge) => nudge.dueAt)).toEqual([
      at('2026-03-30T07:30:00Z'),
    ]);
    const dismissed = state([retro], { retro: { lastDismissedAt: at('2026-03-30T10:00:00Z') } }, london);
    expect(dueReminders(dismissed, at('2026-04-05T12:00:00Z'))).toEqual([]);
    expect(nextWakeTime(dismissed, at('2026-03-30T10:01:00Z'))).toBe(at('2026-04-06T07:30:00Z'));
  });

  it('waits for the work day when the retro falls in quiet hours', () => {
    const saturday = { timeZone: 'Asia/Jakarta', retro: { day: 6, time: '10:00' } };
    const team = state([retro], { retro: { lastDoneAt: at('2026-01-05T10:00:00+07:00') } }, saturday);
    expect(dueReminders(team, at('2026-01-10T10:00:00+07:00'))).toHaveLength(1);
    expect(nextNudge(team, at('2026-01-10T10:00:00+07:00'))).toBeNull();
    expect(nextWakeTime(team, at('2026-01-09T12:00:00+07:00'))).toBe(at('2026-01-12T08:00:00+07:00'));
  });

  it('is never due without a retro time in the settings', () => {
    expect(dueReminders(state([retro]), mondayMorningJakarta)).toEqual([]);
    expect(nextWakeTime(state([retro]), mondayMorningJakarta)).toBeNull();
  });
});

describe('crisis mode', () => {
  // Friday 9 January at 10:00 in Jakarta: inside working hours.
  const until = mondayMorningJakarta + 4 * DAY;
  const crisis = { crisis: { until } };

  it('halves the check-in cadence, rounding up, never below two days', () => {
    const during = settings(crisis);
    expect(checkInEveryDays(14, during, mondayMorningJakarta)).toBe(7);
    expect(checkInEveryDays(7, during, mondayMorningJakarta)).toBe(4);
    expect(checkInEveryDays(3, during, mondayMorningJakarta)).toBe(2);
    expect(checkInEveryDays(1, during, mondayMorningJakarta)).toBe(2);
    expect(checkInEveryDays(7, during, until)).toBe(7);
    expect(checkInEveryDays(7, settings(), mondayMorningJakarta)).toBe(7);
  });

  it('brings a check-in due sooner while it lasts', () => {
    const history = { 'check-in:ayu': { lastDoneAt: mondayMorningJakarta - 4 * DAY } };
    expect(dueReminders(state([checkIn('ayu', 7)], history), mondayMorningJakarta)).toEqual([]);
    expect(dueReminders(state([checkIn('ayu', 7)], history, crisis), mondayMorningJakarta)).toEqual([
      { id: 'check-in:ayu', kind: 'check-in', memberId: 'ayu', dueAt: mondayMorningJakarta },
    ]);
  });

  it('returns to the usual cadence once it has ended', () => {
    const history = { 'check-in:ayu': { lastDoneAt: until - DAY }, [CRISIS_DEBRIEF_ID]: { lastDoneAt: until } };
    const team = state([checkIn('ayu', 7)], history, crisis);
    expect(dueReminders(team, until + 4 * DAY)).toEqual([]);
    expect(dueReminders(team, until + 6 * DAY).map((nudge) => nudge.id)).toEqual(['check-in:ayu']);
  });

  it('wakes the background when it ends', () => {
    const team = state([checkIn('ayu', 28)], { 'check-in:ayu': { lastDoneAt: mondayMorningJakarta } }, crisis);
    expect(nextWakeTime(team, mondayMorningJakarta + HOUR)).toBe(until);
  });

  it('offers a debrief once after it ends', () => {
    const team = state([], {}, crisis);
    expect(crisisEnded(team, until - MINUTE)).toBe(false);
    expect(nextNudge(team, until - MINUTE)).toBeNull();
    expect(crisisEnded(team, until)).toBe(true);
    expect(nextNudge(team, until)).toEqual({
      id: CRISIS_DEBRIEF_ID,
      kind: 'crisis-debrief',
      memberId: null,
      dueAt: until,
    });

    const debriefed = state([], { [CRISIS_DEBRIEF_ID]: { lastDoneAt: until + HOUR } }, crisis);
    expect(crisisEnded(debriefed, until + 2 * HOUR)).toBe(false);
    expect(nextNudge(debriefed, until + 2 * HOUR)).toBeNull();
    expect(nextWakeTime(debriefed, until + 2 * HOUR)).toBeNull();

    const dismissed = state([], { [CRISIS_DEBRIEF_ID]: { lastDismissedAt: until + HOUR } }, crisis);
    expect(crisisEnded(dismissed, until + 30 * DAY)).toBe(false);
  });

  it('offers the debrief again for a later crisis', () => {
    const later = until + 30 * DAY;
    const team = state([], { [CRISIS_DEBRIEF_ID]: { lastDoneAt: until + HOUR } }, { crisis: { until: later } });
    expect(crisisEnded(team, later)).toBe(true);
  });

  it('says nothing about a debrief when crisis mode is off', () => {
    expect(crisisEnded(state([]), mondayMorningJakarta)).toBe(false);
  });
});

describe('settings schema', () => {
  it('accepts the settings above and rejects a malformed time', () => {
    expect(reminderSettingsSchema.safeParse(settings({ retro: { day: 5, time: '15:00' } })).success).toBe(true);
    expect(reminderSettingsSchema.safeParse(settings({ quietStart: '24:00' })).success).toBe(false);
    expect(reminderSettingsSchema.safeParse(settings({ quietEnd: '8:00' })).success).toBe(false);
  });
});
