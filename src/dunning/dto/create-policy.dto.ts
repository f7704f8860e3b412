import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PolicyStepSchema } from './policy-steps';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreatePolicyDto {
  @ApiProperty({ example: 'GRANDS_COMPTES', description: 'Unique in the company; upper-case letters, digits, _ or -' })
  @Transform(trimmed)
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_-]{1,39}$/, {
    message: 'code must be 2 to 40 upper-case letters, digits, _ or -, starting with a letter',
  })
  code!: string;

  @ApiProperty({ example: 'Grands comptes' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ example: 'Relances espacées, appel à J+10' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  description?: string;

  @ApiProperty({ type: [PolicyStepSchema] })
  @Allow()
  steps!: unknown;
}
