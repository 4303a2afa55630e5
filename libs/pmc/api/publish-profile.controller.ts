import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PMC_PUBLISH_PROFILES } from '../../../projections/pmc/publish-profiles.projection';
import { SetPublishProfileCommand } from '../commands/set-publish-profile.handler';
import { GetPmcRecordQuery } from '../queries/get-record.handler';
import { normaliseChannelCode, profileDocId } from '../shared/pmc-ids';
import { PublishProfileDto, PublishProfileGetRequest, PublishProfileSetRequest } from './dto/publish-profile.dto';
import { CHANNEL_ERRORS, PMC, PUBLISH, VIEW } from './pmc-routes';

const MISSING = 'publish-profile-not-found';
const response = { type: PublishProfileDto, key: 'publish_profile' };

@ApiTags(PMC)
@Controller(PMC)
export class PublishProfileController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PMC, call: 'publish-profile/set', kind: 'write', summary: 'Create or replace the publishability profile of a sales channel (required SKU, required identifier types).',
    permissions: PUBLISH, request: PublishProfileSetRequest, response, errors: [...CHANNEL_ERRORS, ['not-found', MISSING], ['conflict', 'revision-mismatch']],
  })
  async set(@Body() body: PublishProfileSetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<SetPublishProfileCommand, string>(new SetPublishProfileCommand(ctx, body)));
  }

  @Endpoint({ service: PMC, call: 'publish-profile/get', kind: 'read', summary: 'Get the publishability profile of a sales channel.', permissions: VIEW, request: PublishProfileGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: PublishProfileGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, normaliseChannelCode(body.channel_code));
  }

  private async one(ctx: RequestContext, channelCode: string) {
    const query = new GetPmcRecordQuery(PMC_PUBLISH_PROFILES, ctx.org_guid, profileDocId(ctx.org_guid, channelCode), MISSING);
    return { publish_profile: await this.queries.execute<GetPmcRecordQuery, Record<string, unknown>>(query) };
  }
}
