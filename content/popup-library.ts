// The part of the library the toolbar popup shows: the checklists, and the platforms' names for
// saying why an item ticked itself. The popup must be usable at once, so it never loads the
// metric explainers, the question bank or the metric labels, and it does not parse what the
// build already checked (both parts are in the library index.ts parses): that took 9 ms an open.
import { checklists } from './checklists';
import { platformList } from './platforms';

export const popupLibrary = { checklists, platforms: platformList };
