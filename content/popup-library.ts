// The part of the library the toolbar popup shows: the checklists, and the platforms' names for
// saying why an item ticked itself, parsed on their own. The popup must be usable at once, so it
// never loads the metric explainers, the question bank or the metric labels.
import { z } from '../lib/zod';
import { checklists } from './checklists';
import { platformList } from './platforms';
import { checklistItemSchema, platformSchema } from './schema';

export const popupLibrary = {
  checklists: z.array(checklistItemSchema).parse(checklists),
  platforms: z.array(platformSchema).parse(platformList),
};
