import { Controller, Get, Header, Logger, Param, StreamableFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { ReadReceiptsService } from './read-receipts.service';
import { TRANSPARENT_GIF } from './tracking-pixel';

/** The read-receipt pixel of HTML emails: public, and always a GIF so mail clients never show a broken image. */
@ApiExcludeController()
@Controller('t')
export class TrackingController {
  private readonly logger = new Logger(TrackingController.name);

  constructor(private readonly receipts: ReadReceiptsService) {}

  @Public()
  @Get(':id.gif')
  @Header('Cache-Control', 'no-store, max-age=0')
  async pixel(@Param('id') id: string): Promise<StreamableFile> {
    try {
      await this.receipts.markRead(id);
    } catch (error) {
      this.logger.warn(`read receipt for message ${id} not recorded: ${(error as Error).message}`);
    }
    return new StreamableFile(TRANSPARENT_GIF, { type: 'image/gif', length: TRANSPARENT_GIF.length });
  }
}
