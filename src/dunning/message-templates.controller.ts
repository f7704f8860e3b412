import path from 'node:path';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MessageTemplateEntryDto } from './policy.responses';
import { ApiErrors } from '../common/api-responses';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { messageTemplateCatalog, type MessageTemplateEntry } from './message-template-catalog';

@ApiTags('dunning-policies')
@ApiBearerAuth()
@Controller('message-templates')
export class MessageTemplatesController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({ summary: 'Message templates a policy step may use: name, channel, and the action types each suits' })
  @ApiOkResponse({ type: [MessageTemplateEntryDto] })
  @ApiErrors()
  list(): MessageTemplateEntry[] {
    return messageTemplateCatalog(path.resolve(this.config.TEMPLATES_DIR, 'messages'));
  }
}
