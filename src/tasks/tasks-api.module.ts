import { Module } from '@nestjs/common';
import { InvoicesModule } from '../invoices/invoices.module';
import { TaskCompletionService } from './task-completion.service';
import { TasksController } from './tasks.controller';
import { TasksQueryService } from './tasks-query.service';

// Separate from TasksModule: the worker imports that one, and these routes need the API's invoice workflow client.
@Module({
  imports: [InvoicesModule],
  controllers: [TasksController],
  providers: [TasksQueryService, TaskCompletionService],
})
export class TasksApiModule {}
