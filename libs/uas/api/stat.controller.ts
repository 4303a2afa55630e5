import { Body, Controller } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '@g3n/platform';
import { UasStatQuery } from '../queries/uas-stat.handler';
import { UasStat, UasStatRequest } from './dto/stat.dto';

@Controller('uas')
@ApiTags('uas')
export class UasStatController {
  constructor(private readonly queries: QueryBus) {}

  @Endpoint({
    service: 'uas', call: 'stat', kind: 'health', tenant: 'none',
    summary: 'Health of the user account service, with user counts (credentials required).',
    request: UasStatRequest, response: { type: UasStat, key: 'stat' },
  })
  stat(@Body() _dto: UasStatRequest): Promise<{ stat: UasStat }> {
    return this.queries.execute(new UasStatQuery()).then((stat) => ({ stat }));
  }
}
