import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { InvalidCursorError } from '@g3n/docstore';
import { DomainError, RevisionConflictError } from '@g3n/es';
import { mapError } from './error-mapping';
import { RequestContext } from './request-context';

const ctx = new RequestContext('req-1', 'trace-1', 'ofm', 'org/update');

describe('error mapping', () => {
  it('maps a domain error to its status, error_code and tags', () => {
    const { status, body } = mapError(new DomainError('forbidden', 'org-write-blocked', 'blocked', { org_status: 'suspended' }), ctx);
    expect(status).toBe(403);
    expect(body.error).toMatchObject({
      error_code: 'ofm.org_write_blocked',
      http_status: 403,
      retryable: false,
      request_id: 'req-1',
      trace_id: 'trace-1',
      major: { tag: 'forbidden' },
      minor: { tag: 'org-write-blocked' },
      details: { org_status: 'suspended' },
    });
    expect(body.stats).toMatchObject({ service: 'ofm', call: 'org/update', request_id: 'req-1' });
  });

  it('carries the current revision in conflict_snapshot', () => {
    const { status, body } = mapError(new RevisionConflictError('s', 2, 4), ctx);
    expect(status).toBe(409);
    expect(body.error.conflict_snapshot).toEqual({ revision: 4 });
    expect(body.error.details).toEqual({ expected_revision: 2, current_revision: 4 });
  });

  it('maps framework errors to 4xx envelopes and unknown faults to a 500 that reveals nothing', () => {
    expect(mapError(new NotFoundException(), ctx).status).toBe(404);
    expect(mapError(new PayloadTooLargeException(), ctx)).toMatchObject({ status: 413, body: { error: { minor: { tag: 'payload-too-large' } } } });
    const internal = mapError(new Error('database password is hunter2'), ctx);
    expect(internal.status).toBe(500);
    expect(JSON.stringify(internal.body)).not.toContain('hunter2');
    expect(internal.body.error.retryable).toBe(true);
  });

  it('maps a cursor the store did not issue to a 400 naming next_token', () => {
    const { status, body } = mapError(new InvalidCursorError('docstore: malformed cursor'), ctx);
    expect(status).toBe(400);
    expect(body.error.details).toEqual({ fields: [{ field: 'next_token', reason: 'not a token issued by this list' }] });
  });

  it('passes Retry-After for throttling', () => {
    expect(mapError(new DomainError('throttled', 'throttled', 'slow down', { retry_after_s: 3 }), ctx).retryAfterSeconds).toBe(3);
  });
});
