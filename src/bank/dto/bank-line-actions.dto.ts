import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_AMOUNT_CENTS } from '../../common/money-limits';

export class AllocationInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  invoiceId!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT_CENTS)
  amountCents!: number;
}

/** Accept a suggestion, a searched invoice, or a split: the transfer's amount over one or more invoices. */
export class ApplyBankLineDto {
  @ApiProperty({ type: [AllocationInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AllocationInputDto)
  allocations!: AllocationInputDto[];
}

export class ReasonDto {
  @ApiProperty({ example: 'Virement du fournisseur, pas un client' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}
