import { ACTIVE_MACHINE, changedFields, statusChanges, StatusMachine } from './status-machine';

describe('status machines', () => {
  const lifecycle: StatusMachine<'draft' | 'active' | 'retired'> = { draft: ['active'], active: ['retired'], retired: [] };

  it('given a status, when it is set again, then nothing changes (no event), and a real move is a change', () => {
    expect(statusChanges(ACTIVE_MACHINE, 'active', 'active')).toBe(false);
    expect(statusChanges(ACTIVE_MACHINE, 'active', 'inactive')).toBe(true);
  });

  it('refuses an unknown status and a move the machine does not allow, naming what is allowed', () => {
    expect(() => statusChanges(ACTIVE_MACHINE, 'active', 'deleted' as never)).toThrow(expect.objectContaining({ minor: 'invalid-status', details: { allowed: ['active', 'inactive'] } }));
    expect(() => statusChanges(ACTIVE_MACHINE, 'active', 'constructor' as never)).toThrow(expect.objectContaining({ minor: 'invalid-status' }));
    expect(() => statusChanges(lifecycle, 'retired', 'active')).toThrow(expect.objectContaining({ minor: 'invalid-status-transition', details: { from: 'retired', to: 'active', allowed: [] } }));
  });

  it('keeps only the fields an update really changes', () => {
    const current = { caption: 'A', tags: ['x'], note: undefined as string | undefined };
    expect(changedFields(current, { caption: 'A', tags: ['x', 'y'], note: undefined })).toEqual({ tags: ['x', 'y'] });
  });
});
