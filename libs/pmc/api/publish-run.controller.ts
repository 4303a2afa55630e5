import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PMC_PUBLISH_RUNS } from '../../../projections/pmc/publish-runs.projection';
import { CancelPublishRunCommand } from '../commands/cancel-publish-run.handler';
import { StartPublishRunCommand } from '../commands/start-publish-run.handler';
import { StepPublishRunCommand } from '../commands/step-publish-run.handler';
import { GetPmcRecordQuery } from '../queries/get-record.handler';
import { PublishRunCancelRequest, PublishRunDto, PublishRunGetRequest, PublishRunStartRequest, PublishRunStepRequest } from './dto/publish-run.dto';
import { CHANNEL_ERRORS, ErrorTags, PMC, PUBLISH, VIEW } from './pmc-routes';

const MISSING = 'publish-run-not-found';
const response = { type: PublishRunDto, key: 'run' };
const CLOSED: ErrorTags = [['invalid-state', 'run-completed'], ['invalid-state', 'run-cancelled']];

@ApiTags(PMC)
@Controller(PMC)
export class PublishRunController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PMC, call: 'publish/run/start', kind: 'write', summary: 'Start a publish run: snapshot the eligible variants of a selector for a channel (and record the ineligible ones with reasons).',
    permissions: PUBLISH, request: PublishRunStartRequest, response,
    errors: [
      ...CHANNEL_ERRORS, ['not-found', 'publish-profile-not-found'], ['not-found', 'style-not-found'], ['not-found', 'variant-not-found'],
      ['invalid-state', 'no-eligible-variants'], ['validation-error', 'selector-ambiguous'], ['validation-error', 'selector-too-broad'], ['validation-error', 'reason-required'],
    ],
  })
  async start(@Body() body: PublishRunStartRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<StartPublishRunCommand, string>(new StartPublishRunCommand(ctx, body)));
  }

  @Endpoint({ service: PMC, call: 'publish/run/get', kind: 'read', summary: 'Get a publish run: status, items and their product revisions, ineligible variants.', permissions: VIEW, request: PublishRunGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: PublishRunGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.run_id);
  }

  @Endpoint({
    service: PMC, call: 'publish/run/step', kind: 'write', summary: 'Publish up to `limit` pending variants of a run (a product revision each); the run completes when none is left.',
    permissions: PUBLISH, revision: true, request: PublishRunStepRequest, response, errors: [['not-found', MISSING], ...CLOSED],
  })
  async step(@Body() body: PublishRunStepRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new StepPublishRunCommand(ctx, body));
    return this.one(ctx, body.run_id);
  }

  @Endpoint({ service: PMC, call: 'publish/run/cancel', kind: 'write', summary: 'Cancel a pending or running run; what it published stays published.', permissions: PUBLISH, revision: true, request: PublishRunCancelRequest, response, errors: [['not-found', MISSING], ...CLOSED] })
  async cancel(@Body() body: PublishRunCancelRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new CancelPublishRunCommand(ctx, body));
    return this.one(ctx, body.run_id);
  }

  private async one(ctx: RequestContext, runId: string) {
    return { run: await this.queries.execute<GetPmcRecordQuery, Record<string, unknown>>(new GetPmcRecordQuery(PMC_PUBLISH_RUNS, ctx.org_guid, runId, MISSING)) };
  }
}
