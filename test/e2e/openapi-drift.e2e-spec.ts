import { runG3n } from '../support/processes';

describe('generated OpenAPI documents', () => {
  it('match the code (run `npm run openapi` after changing a route or DTO)', () => {
    const check = runG3n(['openapi', 'check'], {});
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  }, 60_000);
});
