import { Module } from '@nestjs/common';
import { BankModule } from '../bank/bank.module';
import { DunningModule } from '../dunning/dunning.module';
import { CustomerBadgesService } from './customer-badges.service';
import { CustomerCardService } from './customer-card.service';
import { CustomerListService } from './customer-list.service';
import { CustomerStatsService } from './customer-stats.service';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';

@Module({
  imports: [DunningModule, BankModule],
  controllers: [CustomersController],
  providers: [CustomersService, CustomerListService, CustomerCardService, CustomerStatsService, CustomerBadgesService],
  exports: [CustomerBadgesService, CustomerStatsService],
})
export class CustomersModule {}
