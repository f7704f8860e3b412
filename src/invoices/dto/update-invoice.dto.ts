import { PartialType } from '@nestjs/swagger';
import { CreateInvoiceDto } from './create-invoice.dto';

/** A draft's fields; `lines`, when given, replaces all lines. */
export class UpdateInvoiceDto extends PartialType(CreateInvoiceDto) {}
