import crypto from 'node:crypto';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { badRequest } from '../common/http-errors';
import type { BankAccount } from '../generated/prisma/client';
import { BankRepository, type NewBankLine } from './bank.repository';
import type { StatementImportDto } from './bank.responses';
import { validIban } from './iban';
import { LineMatchingService } from './line-matching.service';
import {
  FRENCH_CSV_MAPPING,
  parseStatement,
  StatementParseError,
  type CsvMapping,
  type ParsedLine,
  type ParsedStatement,
} from './parsing';

export interface UploadedStatement {
  buffer: Buffer;
  originalname: string;
}

/** POST /bank-statements: parse, find the account, store each line once, then match the new credits. */
@Injectable()
export class StatementImportService {
  constructor(
    private readonly bank: BankRepository,
    private readonly matching: LineMatchingService,
  ) {}

  async import(
    user: AuthUser,
    file: UploadedStatement | undefined,
    accountField?: string,
  ): Promise<StatementImportDto> {
    if (!file || file.buffer.length === 0) {
      throw badRequest([{ field: 'file', message: 'a statement file is required (CAMT.053, OFX or CSV)' }]);
    }
    const accounts = await this.bank.accounts(user.companyId);
    const chosen = accountField ? chosenAccount(accounts, accountField) : undefined;
    const statement = parsed(file.buffer, (chosen?.csvMapping as CsvMapping | null) ?? FRENCH_CSV_MAPPING);
    const account = accountOf(statement, accounts, chosen);
    const lines = dedupLines(statement.lines);
    const sha256 = crypto.createHash('sha256').update(file.buffer).digest('hex');
    const meta = {
      companyId: user.companyId,
      bankAccountId: account.id,
      format: statement.format,
      fileName: file.originalname.slice(0, 200),
      sha256,
      importedById: user.id,
    };
    const { statementId, newLineIds } = await this.bank.storeStatement(meta, lines);
    const outcome = await this.matching.matchNewLines(user, newLineIds);
    return {
      statementId,
      format: statement.format,
      account: account.label,
      lines: lines.length,
      new: newLineIds.length,
      duplicates: lines.length - newLineIds.length,
      ...outcome,
    };
  }
}

function parsed(bytes: Buffer, mapping: CsvMapping): ParsedStatement {
  try {
    return parseStatement(bytes, mapping);
  } catch (error) {
    if (error instanceof StatementParseError) {
      throw badRequest([{ field: 'file', message: error.message }]);
    }
    throw error;
  }
}

function chosenAccount(accounts: BankAccount[], field: string): BankAccount {
  const iban = validIban(field);
  const account = accounts.find((a) => a.id === field || a.iban === iban);
  if (!account) {
    throw new UnprocessableEntityException(
      `Aucun compte bancaire de l'entreprise n'a l'IBAN ${field} (Paramètres › Comptes bancaires)`,
    );
  }
  return account;
}

/** The file's own account wins over the form field; they must agree. OFX names the RIB parts, found inside the IBAN. */
function accountOf(statement: ParsedStatement, accounts: BankAccount[], chosen: BankAccount | undefined): BankAccount {
  const named = statement.accountId;
  if (!named) {
    if (!chosen) {
      throw badRequest([
        { field: 'account', message: 'a CSV statement names no account: give the IBAN of the account it belongs to' },
      ]);
    }
    return chosen;
  }
  const found = accounts.find(
    (a) => a.iban === named || (statement.format === 'OFX' && a.iban.slice(4).startsWith(named)),
  );
  if (!found) {
    throw new UnprocessableEntityException(
      `Aucun compte bancaire de l'entreprise n'a l'IBAN ${named} (Paramètres › Comptes bancaires)`,
    );
  }
  if (chosen && chosen.id !== found.id) {
    throw new UnprocessableEntityException(`Le relevé est celui du compte ${named}, pas de ${chosen.iban}`);
  }
  return found;
}

/** The bank's entry reference when it gives one, else date + amount + label + occurrence of that triple in the file. */
export function dedupLines(lines: ParsedLine[]): NewBankLine[] {
  const occurrences = new Map<string, number>();
  const byKey = new Map<string, NewBankLine>();
  for (const line of lines) {
    const content = `${line.bookingDate}|${line.amountCents}|${line.label}`;
    const occurrence = (occurrences.get(content) ?? 0) + 1;
    occurrences.set(content, occurrence);
    const dedupKey = line.entryReference ? `ref:${line.entryReference}` : `line:${content}|${occurrence}`;
    const { entryReference: _reference, ...facts } = line;
    if (!byKey.has(dedupKey)) {
      byKey.set(dedupKey, {
        ...facts,
        dedupKey,
        label: line.label.slice(0, 500),
        status: line.amountCents > 0 ? 'TO_MATCH' : 'DEBIT',
      });
    }
  }
  return [...byKey.values()];
}
