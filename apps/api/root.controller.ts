import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { buildInfo, describeConfig, Runtime } from '@g3n/platform';
import { RUNTIME } from '@g3n/platform';
import { RootInfoDto } from './root-info.dto';

/** `GET /`: what is running, on which stores, and how the projections are doing. No secrets. */
@ApiTags('platform')
@Controller()
export class RootController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Get('/')
  @ApiOperation({ summary: 'What is running: version, adapters, worker, log head and projections.' })
  @ApiOkResponse({ type: RootInfoDto })
  async root(): Promise<RootInfoDto> {
    const build = buildInfo();
    const worker = this.runtime.worker;
    return {
      name: 'g3n',
      description: 'G3N Retail Stack: event-sourced headless retail backend',
      version: build.version,
      commit: build.commit,
      ...describeConfig(this.runtime.config),
      log: { head_position: await this.runtime.log.headPosition() },
      projections: worker
        ? worker.statuses().map((s) => ({ name: s._id, state: s.state, generation: s.generation, checkpoint: s.checkpoint, lag: s.lag }))
        : (await this.runtime.catalog.statuses()).map((s) => ({ name: s._id, state: s.state, generation: s.generation, checkpoint: s.checkpoint, lag: s.lag })),
      uptime_s: Math.round(process.uptime()),
    };
  }
}
