import { ApiProperty } from '@nestjs/swagger';
import type { AccountingSettings } from './accounting-settings';

class JournalResponseDto {
  @ApiProperty({ example: 'VT' }) code!: string;
  @ApiProperty({ example: 'Journal des ventes' }) label!: string;
}

class AccountResponseDto {
  @ApiProperty({ example: '411000' }) number!: string;
  @ApiProperty({ example: 'Clients' }) label!: string;
}

class AccountsResponseDto {
  @ApiProperty({ type: AccountResponseDto }) customers!: AccountResponseDto;
  @ApiProperty({ type: AccountResponseDto }) services!: AccountResponseDto;
  @ApiProperty({ type: AccountResponseDto }) goods!: AccountResponseDto;
  @ApiProperty({ type: AccountResponseDto }) vatCollected!: AccountResponseDto;
  @ApiProperty({ type: AccountResponseDto }) bank!: AccountResponseDto;
}

export class AccountingSettingsResponseDto implements AccountingSettings {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12 }) fiscalYearStartMonth!: number;
  @ApiProperty({ type: JournalResponseDto }) salesJournal!: JournalResponseDto;
  @ApiProperty({ type: JournalResponseDto }) bankJournal!: JournalResponseDto;
  @ApiProperty({ type: AccountsResponseDto }) accounts!: AccountsResponseDto;
}
