import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc, Filter } from '@g3n/docstore';
import { RUNTIME, Runtime } from '@g3n/platform';
import { ACC_COMMENTS } from '../../../projections/accounting/audit.projection';

export class CommentReportQuery {
  constructor(readonly orgGuid: string, readonly subject: { subject_kind?: string; subject_id?: string }) {}
}

/** Counts of the org's audit comments by status and subject kind, and the subjects that still have open comments. */
@QueryHandler(CommentReportQuery)
export class CommentReportHandler implements IQueryHandler<CommentReportQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: CommentReportQuery) {
    const filter: Filter = { org_guid: q.orgGuid };
    if (q.subject.subject_kind) filter.subject_kind = q.subject.subject_kind;
    if (q.subject.subject_id) filter.subject_id = q.subject.subject_id;
    const by_status: Record<string, number> = { open: 0, resolved: 0, hidden: 0 };
    const by_subject_kind: Record<string, number> = {};
    const open = new Map<string, { subject_kind: string; subject_id: string; open: number }>();
    let total = 0;
    let cursor: string | undefined;
    do {
      const page = await this.runtime.readModels.collection<Doc>(ACC_COMMENTS).find(filter, { limit: 1000, cursor, sort: [{ field: 'created_at', direction: 'asc' }] });
      for (const c of page.items) {
        total += 1;
        by_status[c.status as string] = (by_status[c.status as string] ?? 0) + 1;
        by_subject_kind[c.subject_kind as string] = (by_subject_kind[c.subject_kind as string] ?? 0) + 1;
        if (c.status !== 'open') continue;
        const key = `${c.subject_kind}/${c.subject_id}`;
        const s = open.get(key) ?? { subject_kind: c.subject_kind as string, subject_id: c.subject_id as string, open: 0 };
        s.open += 1;
        open.set(key, s);
      }
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    return { report: { total, by_status, by_subject_kind, open_subjects: [...open.values()] } };
  }
}
