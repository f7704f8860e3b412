import { Module } from '@nestjs/common';
import { MessageTemplatesController } from './message-templates.controller';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';

/** The admin routes of dunning: policies and their versions, and the message templates steps may use. */
@Module({
  controllers: [PoliciesController, MessageTemplatesController],
  providers: [PoliciesService],
  exports: [PoliciesService],
})
export class DunningApiModule {}
