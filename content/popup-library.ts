// The part of the library the toolbar popup shows: the checklists, parsed on their own. The
// popup must be usable at once, so it never loads the metric explainers or the question bank.
import { z } from '../lib/zod';
import { checklists } from './checklists';
import { checklistItemSchema } from './schema';

export const popupLibrary = { checklists: z.array(checklistItemSchema).parse(checklists) };
