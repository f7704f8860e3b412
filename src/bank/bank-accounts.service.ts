import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest, type FieldError } from '../common/http-errors';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { BankRepository, type BankAccountInput } from './bank.repository';
import type { BankSettingsViewDto } from './bank.responses';
import { isValidBic, validIban } from './iban';
import type { BankSettingsDto } from './dto/bank-accounts.dto';
import type { CsvMapping } from './parsing';

/** GET|PUT /settings/bank-accounts: the company's accounts (IBAN, BIC, CSV layout) and the auto-match threshold. */
@Injectable()
export class BankAccountsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly bank: BankRepository,
  ) {}

  async get(user: AuthUser): Promise<BankSettingsViewDto> {
    const [accounts, autoMatchThreshold] = await Promise.all([
      this.bank.accounts(user.companyId),
      this.bank.threshold(user.companyId),
    ]);
    return {
      autoMatchThreshold,
      accounts: accounts.map((a) => ({
        id: a.id,
        label: a.label,
        iban: a.iban,
        bic: a.bic,
        csvMapping: (a.csvMapping as CsvMapping | null) ?? null,
      })),
    };
  }

  async update(user: AuthUser, dto: BankSettingsDto, origin: RequestOrigin): Promise<BankSettingsViewDto> {
    const accounts = validAccounts(dto);
    await this.prisma.$transaction(async (tx) => {
      await this.bank.replaceAccounts(user.companyId, accounts, dto.autoMatchThreshold, tx);
      const details = {
        accounts: accounts.map((a) => ({ label: a.label, iban: a.iban, bic: a.bic })),
        autoMatchThreshold: dto.autoMatchThreshold,
      } as Prisma.InputJsonValue;
      await this.audit.recordByUser(user, { action: 'settings.bank-accounts.updated', details, origin }, tx);
    });
    return this.get(user);
  }
}

/** IBAN and BIC checked with ibantools (check digits, country formats); stored in electronic form, once each. */
function validAccounts(dto: BankSettingsDto): BankAccountInput[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const accounts = dto.accounts.map((account, i) => {
    const iban = validIban(account.iban) ?? '';
    const bic = account.bic.replace(/\s+/g, '').toUpperCase();
    if (!iban) {
      errors.push({ field: `accounts.${i}.iban`, message: `IBAN invalide : ${account.iban}` });
    } else if (seen.has(iban)) {
      errors.push({ field: `accounts.${i}.iban`, message: `IBAN en double : ${account.iban}` });
    }
    if (!isValidBic(bic)) {
      errors.push({ field: `accounts.${i}.bic`, message: `BIC invalide : ${account.bic}` });
    }
    const mapping = account.csvMapping;
    if (mapping && !mapping.amount && !(mapping.debit && mapping.credit)) {
      errors.push({ field: `accounts.${i}.csvMapping`, message: 'il faut une colonne montant, ou débit et crédit' });
    }
    seen.add(iban);
    return { id: account.id, label: account.label.trim(), iban, bic, csvMapping: mapping ?? null };
  });
  if (errors.length > 0) {
    throw badRequest(errors);
  }
  return accounts;
}
