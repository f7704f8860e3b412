import { cegidLayout } from './cegid.layout';
import { ebpLayout } from './ebp.layout';
import type { JournalLayout } from './journal-layout';
import { sageLayout } from './sage.layout';

export const JOURNAL_LAYOUTS = { sage: sageLayout, cegid: cegidLayout, ebp: ebpLayout } as const satisfies Record<
  string,
  JournalLayout
>;

export type JournalLayoutCode = keyof typeof JOURNAL_LAYOUTS;

export const JOURNAL_LAYOUT_CODES = Object.keys(JOURNAL_LAYOUTS) as JournalLayoutCode[];
