// One person's agenda, live: what is saved for them (or for whoever fits), their latest notes, and
// a check-in prompt that fits them this week: about the crisis while crisis mode is on, about the
// workload when the map shows them overloaded, otherwise a routine one that changes every week.
import { useMemo } from 'react';
import { library } from '@/runtime/library';
import { buildAgenda, type AgendaLine, type CheckInSituation } from '@/lib/agenda-builder';
import type { AgendaItem } from '@/lib/model/agenda-item';
import type { Member } from '@/lib/model/member';
import { teamWorkload } from '@/lib/workload';
import { useNotesStore } from '@/state/stores';
import { useCrisisActive } from '@/components/coach/use-crisis';
import { useAgendaItems } from './use-agenda';

export interface AgendaLines {
  items: readonly AgendaItem[];
  lines: AgendaLine[];
  situation: CheckInSituation;
}

export function useAgendaLines(member: Member, now: number): AgendaLines {
  const items = useAgendaItems();
  const notes = useNotesStore((state) => state.items);
  const crisis = useCrisisActive();
  const overloaded = teamWorkload([member]).members[0]?.level === 'overloaded';
  const situation: CheckInSituation = crisis ? 'crisis' : overloaded ? 'workload' : 'routine';
  const lines = useMemo(
    () =>
      buildAgenda({
        memberId: member.id,
        items,
        notes,
        questions: library.questions,
        metrics: library.metrics,
        wellbeing: library.wellbeing,
        situation,
        now,
        lastMeetingAt: member.lastCheckInAt,
      }),
    [member.id, member.lastCheckInAt, items, notes, situation, now],
  );
  return { items, lines, situation };
}
