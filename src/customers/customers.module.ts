import { Module } from '@nestjs/common';
import { BankModule } from '../bank/bank.module';
import { PolicyResolver } from '../dunning/policy-resolver';
import { CustomerBadgesService } from './customer-badges.service';
import { CustomerCardService } from './customer-card.service';
import { CustomerListService } from './customer-list.service';
import { CustomerStatsService } from './customer-stats.service';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';

@Module({
  imports: [BankModule],
  controllers: [CustomersController],
  providers: [CustomersService, CustomerListService, CustomerCardService, CustomerStatsService, CustomerBadgesService, PolicyResolver],
  exports: [CustomerBadgesService, CustomerStatsService],
})
export class CustomersModule {}
