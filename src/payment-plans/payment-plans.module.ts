import { Module } from '@nestjs/common';
import { InvoicesModule } from '../invoices/invoices.module';
import { PaymentPlanStoreModule } from './payment-plan-store.module';
import { PaymentPlansController } from './payment-plans.controller';
import { PaymentPlansService } from './payment-plans.service';

@Module({
  imports: [InvoicesModule, PaymentPlanStoreModule],
  controllers: [PaymentPlansController],
  providers: [PaymentPlansService],
})
export class PaymentPlansModule {}
