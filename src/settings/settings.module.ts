import { Module } from '@nestjs/common';
import { DunningSettingsService } from './dunning-settings.service';
import { SettingsController } from './settings.controller';
import { SettingsService } from './settings.service';

@Module({
  controllers: [SettingsController],
  providers: [SettingsService, DunningSettingsService],
})
export class SettingsModule {}
