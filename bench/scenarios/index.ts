import type { Scenario } from '../lib/scenario';
import { importScenario } from './import';
import { memory } from './memory';
import { reminders } from './reminders';

// Each scenario lives in its own file and is listed here once, in the order `npm run bench` runs them.
export const SCENARIOS: Scenario[] = [reminders, memory, importScenario];
