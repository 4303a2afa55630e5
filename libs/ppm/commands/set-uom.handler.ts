import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { UomSetRequest } from '../api/dto/uom.dto';
import { normaliseCode } from '../shared/formats';
import { requireRevision } from '../shared/request-rules';
import { uomStream } from '../shared/streams';
import { why } from '../shared/why';
import { uomDecider } from '../uom/uom.decide';
import { PpmReferences } from './ppm-references';

export class SetUomCommand {
  constructor(readonly ctx: RequestContext, readonly request: UomSetRequest) {}
}

/**
 * A unit's code is its identity, so `set` creates the unit when the code is new and updates it otherwise; the
 * update needs expected_revision like every update (a create racing another create of the same code loses cleanly).
 */
@CommandHandler(SetUomCommand)
export class SetUomHandler implements ICommandHandler<SetUomCommand, string> {
  constructor(private readonly writes: Writes, private readonly refs: PpmReferences) {}

  async execute({ ctx, request: r }: SetUomCommand): Promise<string> {
    const org = ctx.org_guid;
    const code = normaliseCode(r.code);
    const base_uom = r.base_uom === undefined ? undefined : normaliseCode(r.base_uom);
    const stream = uomStream(org, code);
    if (await this.refs.uom(org, code)) {
      const expectedRevision = requireRevision(r.expected_revision);
      const command = { kind: 'update' as const, caption: r.caption, factor: r.factor, base_uom };
      await this.writes.execute(ctx, { stream, decider: uomDecider, command, expectedRevision, ...why(r) });
      return code;
    }
    const base = base_uom === undefined ? null : await this.refs.uom(org, base_uom);
    const command = {
      kind: 'create' as const, org_guid: org, uom_code: code, caption: r.caption ?? code, base_uom: base_uom ?? null, factor: r.factor ?? 1,
      base: base ? { base_uom: base.base_uom } : null,
    };
    await this.writes.execute(ctx, { stream, decider: uomDecider, command, expectedRevision: r.expected_revision, ...why(r) });
    return code;
  }
}
