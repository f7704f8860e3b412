import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/http-errors';
import { CompaniesService } from '../companies/companies.service';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { accountingSettingsOf, type AccountingSettings } from './accounting-settings';
import type { AccountingSettingsDto } from './dto/accounting-settings.dto';

/** Journal codes, account numbers and the accounting year of the exports (a Company JSON column). */
@Injectable()
export class AccountingSettingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
  ) {}

  async get(user: AuthUser): Promise<AccountingSettings> {
    return accountingSettingsOf(await this.companies.get(user.companyId));
  }

  async update(user: AuthUser, dto: AccountingSettingsDto, origin: RequestOrigin): Promise<AccountingSettings> {
    const settings = settingsOf(dto);
    if (settings.salesJournal.code === settings.bankJournal.code) {
      throw badRequest([{ field: 'bankJournal.code', message: 'must differ from the sales journal code' }]);
    }
    const company = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.company.update({
        where: { id: user.companyId },
        data: { accountingSettings: settings as unknown as Prisma.InputJsonValue },
      });
      await this.audit.recordByUser(
        user,
        { action: 'settings.accounting.updated', details: settings as unknown as Prisma.InputJsonValue, origin },
        tx,
      );
      return updated;
    });
    return accountingSettingsOf(company);
  }
}

/** Only the known fields are stored. */
function settingsOf(dto: AccountingSettingsDto): AccountingSettings {
  const journal = ({ code, label }: { code: string; label: string }) => ({ code, label });
  const account = ({ number, label }: { number: string; label: string }) => ({ number, label });
  const { customers, services, goods, vatCollected, bank } = dto.accounts;
  return {
    fiscalYearStartMonth: dto.fiscalYearStartMonth,
    salesJournal: journal(dto.salesJournal),
    bankJournal: journal(dto.bankJournal),
    accounts: {
      customers: account(customers),
      services: account(services),
      goods: account(goods),
      vatCollected: account(vatCollected),
      bank: account(bank),
    },
  };
}
