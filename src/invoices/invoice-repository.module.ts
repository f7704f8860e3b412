import { Global, Module } from '@nestjs/common';
import { InvoiceRepository } from './invoice.repository';

/** The Invoice table's one owner, shared by the API's services and the worker's activities. */
@Global()
@Module({ providers: [InvoiceRepository], exports: [InvoiceRepository] })
export class InvoiceRepositoryModule {}
