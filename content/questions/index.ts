// The question bank: every theme's questions, in theme order.
import type { Question } from '../schema';
import { audienceQuestions } from './audience';
import { brandVoiceQuestions } from './brand-voice';
import { crisisQuestions } from './crisis';
import { dataAndReportingQuestions } from './data-and-reporting';
import { goalsAndRoiQuestions } from './goals-and-roi';
import { learningQuestions } from './learning';
import { metricDefinitionsQuestions } from './metric-definitions';
import { platformsQuestions } from './platforms';
import { toolsAndBudgetQuestions } from './tools-and-budget';
import { wellbeingQuestions } from './wellbeing';
import { workloadQuestions } from './workload';

export const questions: Question[] = [
  ...audienceQuestions,
  ...platformsQuestions,
  ...brandVoiceQuestions,
  ...dataAndReportingQuestions,
  ...metricDefinitionsQuestions,
  ...goalsAndRoiQuestions,
  ...workloadQuestions,
  ...toolsAndBudgetQuestions,
  ...crisisQuestions,
  ...wellbeingQuestions,
  ...learningQuestions,
];
