import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TaskPageDto, TaskViewDto } from './task.responses';
import { ApiErrors, ApiWorkflowAction } from '../common/api-responses';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, type RequestOrigin } from '../auth/decorators';
import { CompleteTaskDto } from './dto/complete-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TaskCompletionService } from './task-completion.service';
import { TasksQueryService } from './tasks-query.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksQueryService,
    private readonly completion: TaskCompletionService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Tasks by due date ({ data, total, page, perPage }); mine defaults to true, mine=false needs MANAGER, DIRECTOR or ADMIN',
  })
  @ApiOkResponse({ type: TaskPageDto })
  @ApiErrors(400, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: ListTasksQuery) {
    return this.tasks.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: TaskViewDto })
  @ApiErrors(400, 404)
  get(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.tasks.get(user, id);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Complete a task (assignee, MANAGER, ADMIN or ADV); a promise or dispute goes through the invoice's workflow",
  })
  @ApiOkResponse({ type: TaskViewDto })
  @ApiWorkflowAction()
  @ApiErrors(400, 403, 404, 409, 413, 422)
  async complete(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: CompleteTaskDto,
    @Origin() origin: RequestOrigin,
  ) {
    await this.completion.complete(user, id, body, origin);
    return this.tasks.get(user, id);
  }
}
