import { PartialType } from '@nestjs/swagger';
import { CreateCustomerDto } from './create-customer.dto';

/** Any subset of the fields; null clears an optional one (e.g. dunningPolicyId: null returns to the profile mapping). */
export class UpdateCustomerDto extends PartialType(CreateCustomerDto) {}
