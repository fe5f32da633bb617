// The team's workload map: how many hours each person's hats add up to, who is stretched or
// overloaded, and concrete ways to lighten an overloaded person's week (automate, share, remove).
// Pure and deterministic, so it is tested in Node and the same roster always gives the same advice.
import type { LocalizedText } from '../content/schema';
import { translate } from './i18n';
import { hatNameKeys, hats, type Hat, type Member } from './model/member';

/** Each hat's name in both languages, for the sentences below. */
const hatNames = Object.fromEntries(
  hats.map((hat) => [hat, { en: translate('en', hatNameKeys[hat]), id: translate('id', hatNameKeys[hat]) }]),
) as Record<Hat, LocalizedText>;

/**
 * Sidecoach's own thresholds, chosen as a simple prompt to talk, not a research figure: above 90%
 * of the weekly hours a person is "stretched", above 110% "overloaded".
 */
export const STRETCHED_ABOVE = 0.9;
export const OVERLOADED_ABOVE = 1.1;
export const DEFAULT_WEEKLY_HOURS = 40;

export type HatHours = Record<Hat, number>;
export type LoadLevel = 'ok' | 'stretched' | 'overloaded';

export interface MemberLoad {
  memberId: string;
  /** Hours a week across all the person's hats. */
  total: number;
  /** The weekly hours a person is expected to work. */
  capacity: number;
  /** total / capacity: 1 is a full week. */
  load: number;
  level: LoadLevel;
}

export interface WorkloadOptions {
  /** A full working week, in hours; must be above 0. */
  weeklyHours?: number;
}

export interface Suggestion {
  memberId: string;
  hat: Hat;
  action: 'remove' | 'share' | 'automate';
  text: LocalizedText;
}

function noHours(): HatHours {
  return Object.fromEntries(hats.map((hat) => [hat, 0])) as HatHours;
}

/** One person's hours a week in total and per hat (0 for hats they do not wear). */
export function workloadOf(member: Pick<Member, 'hats'>): { total: number; byHat: HatHours } {
  const byHat = noHours();
  let total = 0;
  for (const { hat, hoursPerWeek } of member.hats) {
    byHat[hat] += hoursPerWeek;
    total += hoursPerWeek;
  }
  return { total, byHat };
}

export function levelOf(load: number): LoadLevel {
  if (load > OVERLOADED_ABOVE) return 'overloaded';
  if (load > STRETCHED_ABOVE) return 'stretched';
  return 'ok';
}

/**
 * Each person's load, in roster order, and the hours each hat takes across the team. People
 * removed from the roster (`deletedAt` set) are left out. Throws a RangeError for a week of 0 or
 * fewer hours, which would make every load meaningless.
 */
export function teamWorkload(
  members: readonly Member[],
  { weeklyHours = DEFAULT_WEEKLY_HOURS }: WorkloadOptions = {},
): { members: MemberLoad[]; byHat: HatHours } {
  if (!(weeklyHours > 0) || !Number.isFinite(weeklyHours)) {
    throw new RangeError(`weeklyHours must be a positive number, not ${weeklyHours}`);
  }
  const byHat = noHours();
  const loads = members
    .filter((member) => member.deletedAt === null)
    .map((member): MemberLoad => {
      const own = workloadOf(member);
      for (const hat of hats) byHat[hat] += own.byHat[hat];
      const load = own.total / weeklyHours;
      return { memberId: member.id, total: own.total, capacity: weeklyHours, load, level: levelOf(load) };
    });
  return { members: loads, byHat };
}

/**
 * Wraps a name in Unicode isolates, so a right-to-left name cannot reorder the sentence around it.
 */
function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

function hoursText(hours: number): LocalizedText {
  return { en: `${hours} ${hours === 1 ? 'hour' : 'hours'}`, id: `${hours} jam` };
}

/** Only hats with a repetitive scheduling or reporting part the usual tools can take over. */
const automations: Partial<Record<Hat, (name: string) => LocalizedText>> = {
  'content-creator': (name) => ({
    en: `Batch the publishing: plan and schedule a week of posts at a time in the publishing tool, instead of ${name} posting by hand every day.`,
    id: `Kerjakan publikasi secara batch: rencanakan dan jadwalkan posting untuk satu minggu sekaligus di tool publishing, alih-alih ${name} memposting manual setiap hari.`,
  }),
  'community-manager': (name) => ({
    en: `Set up saved replies for the questions that come in most often, and let the inbox's rules sort and label messages first, so ${name} spends the time on conversations that need a person.`,
    id: `Siapkan saved replies untuk pertanyaan yang paling sering masuk, dan biarkan aturan di inbox memilah serta melabeli pesan lebih dulu, supaya waktu ${name} terpakai untuk percakapan yang memang butuh manusia.`,
  }),
  analyst: (name) => ({
    en: `Replace the reports ${name} builds by hand with scheduled dashboards or scheduled reports from the analytics tool, and keep ${name}'s time for the insight: what changed, and what to do about it.`,
    id: `Ganti laporan yang disusun ${name} secara manual dengan dashboard atau laporan terjadwal dari tool analitik, dan pakai waktu ${name} untuk insight-nya: apa yang berubah, dan apa yang perlu dilakukan.`,
  }),
  'ad-buyer': (name) => ({
    en: `Schedule the recurring ad reports in the ads manager, and set automated rules for routine checks (for example, an alert when a cost goes above a limit you agree on), so ${name}'s hours go to testing and planning.`,
    id: `Jadwalkan laporan iklan rutin di ads manager, dan pasang aturan otomatis untuk pengecekan rutin (misalnya, peringatan saat biaya melewati batas yang Anda sepakati), supaya jam kerja ${name} terpakai untuk pengujian dan perencanaan.`,
  }),
};

/** For each hat, a kind of recurring work that is often worth agreeing to stop. */
const removals: Record<Hat, (name: string) => LocalizedText> = {
  'content-creator': (name) => ({
    en: `Agree with ${name} on one recurring post or format to stop: the one that takes the most effort for the least response. Fewer, better posts are a fair trade.`,
    id: `Sepakati bersama ${name} satu posting atau format rutin yang dihentikan: yang paling banyak makan tenaga tapi paling sedikit respons. Lebih sedikit posting tapi lebih baik itu pertukaran yang adil.`,
  }),
  'community-manager': (name) => ({
    en: `Agree on reply hours and on which messages need no answer (spam, repeated trolling), and write it down, so ${name} is not expected to answer everything, all the time.`,
    id: `Sepakati jam membalas pesan dan jenis pesan yang tidak perlu dijawab (spam, trolling berulang), lalu tuliskan, supaya ${name} tidak dituntut menjawab semuanya setiap saat.`,
  }),
  strategist: (name) => ({
    en: `Go through the recurring meetings and decks ${name} prepares, and drop or shorten the ones that lead to no decision.`,
    id: `Tinjau rapat dan deck rutin yang disiapkan ${name}, lalu hapus atau persingkat yang tidak menghasilkan keputusan.`,
  }),
  analyst: (name) => ({
    en: `Ask ${name} which recurring reports nobody acts on, and stop them or send them monthly instead of weekly.`,
    id: `Tanyakan ke ${name} laporan rutin mana yang tidak pernah ditindaklanjuti, lalu hentikan atau kirim bulanan, bukan mingguan.`,
  }),
  designer: (name) => ({
    en: `Agree on templates for the formats that come back every week, and on a limit to rounds of changes, so ${name} is not redoing the same work.`,
    id: `Sepakati template untuk format yang muncul setiap minggu, dan batas jumlah revisi, supaya ${name} tidak mengerjakan ulang desain yang sama.`,
  }),
  video: (name) => ({
    en: `Agree with ${name} which video formats are worth their production time, and simplify or drop the rest.`,
    id: `Sepakati bersama ${name} format video mana yang sepadan dengan waktu produksinya, lalu sederhanakan atau hentikan sisanya.`,
  }),
  writer: (name) => ({
    en: `Agree on a short voice guide and fewer review rounds, so ${name} writes each piece once instead of rewriting it for every approver.`,
    id: `Sepakati panduan gaya bahasa yang singkat dan lebih sedikit putaran review, supaya ${name} cukup menulis sekali, bukan menulis ulang untuk setiap pemberi persetujuan.`,
  }),
  photographer: (name) => ({
    en: `Plan shoots in batches and keep a shared library of approved photos, so ${name} stops shooting for one-off requests.`,
    id: `Rencanakan sesi foto sekaligus dan simpan pustaka bersama berisi foto yang sudah disetujui, supaya ${name} tidak lagi memotret untuk permintaan dadakan satu per satu.`,
  }),
  'crisis-communicator': (name) => ({
    en: `Agree which routine work stops while ${name} handles an issue, and who covers it, so ${name} is not carrying both at once.`,
    id: `Sepakati pekerjaan rutin mana yang berhenti selama ${name} menangani sebuah isu, dan siapa yang menggantikannya, supaya ${name} tidak memikul keduanya sekaligus.`,
  }),
  'ad-buyer': (name) => ({
    en: `Review the running campaigns with ${name} and stop the small ones that take time every week but matter little to your goals.`,
    id: `Tinjau kampanye yang sedang berjalan bersama ${name}, lalu hentikan kampanye kecil yang menyita waktu setiap minggu tapi kurang berpengaruh pada tujuan Anda.`,
  }),
};

function shareText(hat: Hat, from: string, to: string, hours: number, knowsHat: boolean): LocalizedText {
  const role = { en: hatNames[hat].en.toLocaleLowerCase('en'), id: hatNames[hat].id.toLocaleLowerCase('id') };
  const amount = hoursText(hours);
  return knowsHat
    ? {
        en: `Share the ${role.en} hat: ${to} already wears it and has room. Ask ${from} and ${to} whether about ${amount.en} a week could move to ${to}.`,
        id: `Bagi peran ${role.id}: ${to} sudah mengerjakannya dan masih punya waktu. Tanyakan ke ${from} dan ${to} apakah sekitar ${amount.id} per minggu bisa dialihkan ke ${to}.`,
      }
    : {
        en: `Share the ${role.en} hat: ${to} has room. Ask ${from} and ${to} whether about ${amount.en} a week could move to ${to}, with time for ${from} to show how it is done.`,
        id: `Bagi peran ${role.id}: ${to} masih punya waktu luang. Tanyakan ke ${from} dan ${to} apakah sekitar ${amount.id} per minggu bisa dialihkan ke ${to}, dengan waktu bagi ${from} untuk menunjukkan cara kerjanya.`,
      };
}

function hoursFor(member: Member, hat: Hat): number {
  return member.hats.find((entry) => entry.hat === hat)?.hoursPerWeek ?? 0;
}

/**
 * For each overloaded person (most overloaded first; ties keep roster order), at most three
 * suggestions, one of each kind: automate the repetitive part of their biggest automatable hat;
 * share their biggest hat a teammate can take part of; agree to remove recurring work from their
 * biggest hat not yet covered. A teammate's spare hours (up to the "stretched" line) are used up
 * as they are offered, so no one is offered to everyone. Removed people are left out entirely.
 */
export function suggestions(members: readonly Member[], options: WorkloadOptions = {}): Suggestion[] {
  const active = members.filter((member) => member.deletedAt === null);
  const loads = teamWorkload(active, options).members;
  const spare = new Map(loads.map((load) => [load.memberId, load.capacity * STRETCHED_ABOVE - load.total]));
  const overloaded = loads
    .map((load, index) => ({ load, member: active[index]! }))
    .filter(({ load }) => load.level === 'overloaded')
    .sort((a, b) => b.load.load - a.load.load);

  return overloaded.flatMap(({ member, load }) => {
    const name = isolate(member.name);
    // Biggest hats first; ties in the order hats are listed.
    const worn = member.hats
      .filter((entry) => entry.hoursPerWeek > 0)
      .sort((a, b) => b.hoursPerWeek - a.hoursPerWeek || hats.indexOf(a.hat) - hats.indexOf(b.hat));
    const found: Suggestion[] = [];

    const automatable = worn.find((entry) => automations[entry.hat]);
    if (automatable) {
      const text = automations[automatable.hat]!(name);
      found.push({ memberId: member.id, hat: automatable.hat, action: 'automate', text });
    }

    for (const { hat, hoursPerWeek } of worn) {
      // Share at most half a hat: the person keeps it, with help, rather than handing it over.
      const wanted = Math.min(hoursPerWeek / 2, load.total - load.capacity);
      // The teammate who can take the most of it, up to what is wanted; among equals, someone who
      // already wears the hat (they know the work), then roster order.
      const teammate = active
        .filter((other) => other.id !== member.id)
        .map((other, index) => {
          const room = spare.get(other.id) ?? 0;
          return { other, index, room, hours: Math.floor(Math.min(wanted, room)), knowsHat: hoursFor(other, hat) > 0 };
        })
        .sort((a, b) => b.hours - a.hours || Number(b.knowsHat) - Number(a.knowsHat) || a.index - b.index)[0];
      if (!teammate || teammate.hours < 1) continue;
      spare.set(teammate.other.id, teammate.room - teammate.hours);
      const text = shareText(hat, name, isolate(teammate.other.name), teammate.hours, teammate.knowsHat);
      found.push({ memberId: member.id, hat, action: 'share', text });
      break;
    }

    const toRemove = worn.find((entry) => !found.some((suggestion) => suggestion.hat === entry.hat)) ?? worn[0]!;
    found.push({ memberId: member.id, hat: toRemove.hat, action: 'remove', text: removals[toRemove.hat](name) });
    return found;
  });
}
