import type { Scenario } from '../lib/scenario';
import { documentsScenario } from './documents';
import { history } from './history';

// Each scenario lives in its own file and is listed here once, in the order `npm run bench` runs them.
export const SCENARIOS: Scenario[] = [documentsScenario, history];
