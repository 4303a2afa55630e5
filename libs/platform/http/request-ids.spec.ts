import { requestIdFrom, routeParts, traceIdFrom } from './request-ids';

describe('request ids', () => {
  it('honours a well-formed x-request-id and replaces anything else', () => {
    expect(requestIdFrom('req-123')).toBe('req-123');
    expect(requestIdFrom('bad id with spaces')).toMatch(/^req-[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^req-/);
  });

  it('takes the trace id from a valid traceparent', () => {
    expect(traceIdFrom('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceIdFrom('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toMatch(/^[0-9a-f]{32}$/);
    expect(traceIdFrom('garbage')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('splits the route into service and call', () => {
    expect(routeParts('/ofm/org/create?x=1')).toEqual({ service: 'ofm', call: 'org/create' });
    expect(routeParts('/')).toEqual({ service: 'platform', call: '' });
  });
});
