import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RUNTIME, Runtime } from '@g3n/platform';
import type { UasStat } from '../api/dto/stat.dto';

export class UasStatQuery {}

/** Health with counts from the `uas_users` read model (answers only when the read side is reachable). */
@QueryHandler(UasStatQuery)
export class UasStatHandler implements IQueryHandler<UasStatQuery, UasStat> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(): Promise<UasStat> {
    const users = this.runtime.readModels.collection('uas_users');
    const [total, verified] = await Promise.all([users.count(), users.count({ status: 'verified' })]);
    return { service: 'uas', status: 'ok', counts: { users: total, verified_users: verified, pending_verification: total - verified } };
  }
}
