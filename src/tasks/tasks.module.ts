import { Global, Module } from '@nestjs/common';
import { TaskRepository } from './task.repository';

@Global()
@Module({ providers: [TaskRepository], exports: [TaskRepository] })
export class TasksModule {}
