import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { FecExportService, type FecFile } from './fec-export.service';
import type { FecEncoding } from './fec-file';
import { formatJournal, journalFileName } from './journal-file';
import { JOURNAL_LAYOUTS, type JournalLayoutCode } from './journal-layouts';

/** The FEC's journal lines in the import layout of an accounting software (Sage 100, Cegid, EBP). */
@Injectable()
export class JournalExportService {
  constructor(private readonly fec: FecExportService) {}

  async export(
    user: AuthUser,
    year: number,
    layoutCode: JournalLayoutCode,
    encoding: FecEncoding = 'utf-8',
  ): Promise<FecFile> {
    const layout = JOURNAL_LAYOUTS[layoutCode];
    const { siren, lines } = await this.fec.ledger(user, year);
    return { name: journalFileName(siren, layout, year), content: formatJournal(lines, layout, encoding), encoding };
  }
}
