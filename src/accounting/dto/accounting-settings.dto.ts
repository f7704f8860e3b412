import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

export class JournalDto {
  @ApiProperty({ example: 'VT' })
  @IsString()
  @Matches(/^[A-Z0-9]{1,8}$/, { message: 'must be 1 to 8 capital letters or digits' })
  code!: string;
  @ApiProperty({ example: 'Journal des ventes' }) @IsString() @Length(1, 60) label!: string;
}

export class AccountDto {
  @ApiProperty({ example: '411000' })
  @IsString()
  @Matches(/^[1-9][0-9A-Z]{2,19}$/, {
    message: 'must be an account number of the French chart (3 to 20 characters, class 1 to 9 first)',
  })
  number!: string;
  @ApiProperty({ example: 'Clients' }) @IsString() @Length(1, 60) label!: string;
}

export class AccountsDto {
  @ApiProperty({ type: AccountDto }) @IsDefined() @ValidateNested() @Type(() => AccountDto) customers!: AccountDto;
  @ApiProperty({ type: AccountDto }) @IsDefined() @ValidateNested() @Type(() => AccountDto) services!: AccountDto;
  @ApiProperty({ type: AccountDto }) @IsDefined() @ValidateNested() @Type(() => AccountDto) goods!: AccountDto;
  @ApiProperty({ type: AccountDto }) @IsDefined() @ValidateNested() @Type(() => AccountDto) vatCollected!: AccountDto;
  @ApiProperty({ type: AccountDto }) @IsDefined() @ValidateNested() @Type(() => AccountDto) bank!: AccountDto;
}

export class AccountingSettingsDto {
  @ApiProperty({ example: 1, description: 'First month of the accounting year (1 = January)' })
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearStartMonth!: number;
  @ApiProperty({ type: JournalDto }) @IsDefined() @ValidateNested() @Type(() => JournalDto) salesJournal!: JournalDto;
  @ApiProperty({ type: JournalDto }) @IsDefined() @ValidateNested() @Type(() => JournalDto) bankJournal!: JournalDto;
  @ApiProperty({ type: AccountsDto }) @IsDefined() @ValidateNested() @Type(() => AccountsDto) accounts!: AccountsDto;
}
