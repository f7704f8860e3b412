import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** Where goods are delivered or services rendered, when it is not the customer's address (printed and in Factur-X). */
export class DeliveryAddressDto {
  @ApiPropertyOptional({ example: 'Entrepôt Martin' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiProperty({ example: 'ZI des Échets, 3 allée des Métiers' })
  @IsString()
  @Length(1, 200)
  addressLine1!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  addressLine2?: string;

  @ApiProperty({ example: '01700' })
  @IsString()
  @Length(1, 20)
  postalCode!: string;

  @ApiProperty({ example: 'Miribel' })
  @IsString()
  @Length(1, 100)
  city!: string;

  @ApiPropertyOptional({ example: 'FR', description: "ISO 3166-1 alpha-2; defaults to the customer's country" })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code (FR, BE…)' })
  country?: string;
}
