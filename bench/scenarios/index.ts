import type { Scenario } from '../lib/scenario';
import { apiScenario } from './api';
import { bankScenario } from './bank';
import { documentsScenario } from './documents';
import { history } from './history';
import { hotpathsScenario } from './hotpaths';
import { importScenario } from './import';
import { issuingScenario } from './issuing';
import { memory } from './memory';
import { reminders } from './reminders';
import { startupScenario } from './startup';

// Each scenario lives in its own file and is listed here once, in the order `npm run bench` runs them.
export const SCENARIOS: Scenario[] = [
  documentsScenario,
  issuingScenario,
  reminders,
  memory,
  importScenario,
  apiScenario,
  history,
  hotpathsScenario,
  bankScenario,
  startupScenario,
];
