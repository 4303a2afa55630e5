import { AsyncLocalStorage, AsyncResource, executionAsyncId } from 'async_hooks';
import { installCheapAsyncResourceBind } from './async-resource-bind';

describe('AsyncResource.bind without per-call deprecation wrappers', () => {
  const runtimeBuildsWrappers = Object.getOwnPropertyDescriptor(new AsyncResource('probe').bind(() => 0), 'asyncResource')?.get?.name === 'deprecated';

  it('given Node 20, when installed, then it takes over bind (and not on a runtime without the wrappers)', () => {
    expect(installCheapAsyncResourceBind()).toBe(runtimeBuildsWrappers);
    expect(installCheapAsyncResourceBind()).toBe(runtimeBuildsWrappers); // idempotent
  });

  it('given a bound function, when called, then it runs in the resource scope with the caller receiver and arguments', () => {
    installCheapAsyncResourceBind();
    const storage = new AsyncLocalStorage<string>();
    const resource = storage.run('at bind', () => new AsyncResource('test'));
    function body(this: unknown, a: number, b: number) {
      return { self: this, sum: a + b, store: storage.getStore(), id: executionAsyncId() };
    }
    const bound = resource.bind(body);
    const receiver = { name: 'receiver' };
    const seen = storage.run('at call', () => bound.call(receiver, 2, 3));
    expect(seen).toEqual({ self: receiver, sum: 5, store: 'at bind', id: resource.asyncId() });
    expect(bound.length).toBe(2);
  });

  it('given a thisArg, when the bound function is called, then that thisArg is the receiver', () => {
    installCheapAsyncResourceBind();
    const resource = new AsyncResource('test');
    const thisArg = { name: 'fixed' };
    const bindWithThis = resource.bind as unknown as (fn: () => unknown, thisArg: unknown) => () => unknown; // Node's second argument, untyped in @types/node
    const bound = bindWithThis.call(resource, function (this: unknown) {
      return this;
    }, thisArg);
    expect(bound.call({ other: true })).toBe(thisArg);
    expect(AsyncResource.bind(() => executionAsyncId())()).not.toBe(executionAsyncId()); // the static form too
  });

  it('given the deprecated asyncResource property, when read or set, then it works and warns DEP0172 once', () => {
    installCheapAsyncResourceBind();
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const resource = new AsyncResource('test');
      const other = new AsyncResource('other');
      const bound = resource.bind(() => 1) as (() => number) & { asyncResource: AsyncResource };
      expect(bound.asyncResource).toBe(resource);
      bound.asyncResource = other;
      expect(bound.asyncResource).toBe(other);
      expect(Object.keys(bound)).toContain('asyncResource'); // enumerable, as in Node
      if (runtimeBuildsWrappers) expect(warn.mock.calls.filter((c) => String(c[0]).includes('asyncResource'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('given something that is not a function, when bound, then it throws ERR_INVALID_ARG_TYPE', () => {
    installCheapAsyncResourceBind();
    expect(() => new AsyncResource('test').bind(42 as unknown as () => void)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });
});
