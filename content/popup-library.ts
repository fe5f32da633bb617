// The part of the library the toolbar popup shows: the checklists. The popup must be usable at
// once, so it never loads the metric explainers, the question bank, the platforms or the metric
// labels, and it does not parse what the build already checked (the library index.ts parses the
// same checklists): that took 9 ms an open.
import { checklists } from './checklists';

export const popupLibrary = { checklists };
