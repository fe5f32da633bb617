// Every checklist item, in phase order: first week, then 30, 60 and 90 days.
import type { ChecklistItem } from '../schema';
import { first30Days } from './first-30-days';
import { first60Days } from './first-60-days';
import { first90Days } from './first-90-days';
import { firstWeek } from './first-week';

export const checklists: ChecklistItem[] = [...firstWeek, ...first30Days, ...first60Days, ...first90Days];

export { first30Days, first60Days, first90Days, firstWeek };
