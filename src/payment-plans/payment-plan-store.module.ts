import { Module } from '@nestjs/common';
import { PaymentPlanRepository } from './payment-plan.repository';

/** The plan tables' repository, for the API (invoice detail, plan routes) and the worker's activities. */
@Module({ providers: [PaymentPlanRepository], exports: [PaymentPlanRepository] })
export class PaymentPlanStoreModule {}
