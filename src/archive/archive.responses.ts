import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ArchiveVerification } from './archive.service';

class ChainHeadsDto {
  @ApiProperty({ type: String, nullable: true, description: 'chainHash of the last archived document' }) documents!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'chainHash of the last sealed audit event' }) events!:
    string | null;
}

class ChainBreakDto {
  @ApiProperty({ enum: ['documents', 'events'] }) chain!: 'documents' | 'events';
  @ApiProperty({ type: 'integer', description: 'chainIndex of the first entry that does not verify' }) index!: number;
  @ApiProperty() reason!: string;
}

export class ArchiveVerificationDto implements ArchiveVerification {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: 'integer', description: 'Documents checked (row hash, link and file sha256)' })
  documents!: number;
  @ApiProperty({ type: 'integer', description: 'Sealed audit events checked' }) events!: number;
  @ApiProperty({ type: ChainHeadsDto }) head!: ChainHeadsDto;
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
  @ApiPropertyOptional({ type: ChainBreakDto }) firstBreak?: ChainBreakDto;
}
