import { AsyncResource } from 'async_hooks';

const DEP0172 = 'The asyncResource property on bound functions is deprecated';
let installed = false;

/**
 * Fastify's body parser makes one `AsyncResource.bind` per request (content-type-parser.js), and Node 20's `bind`
 * wraps the bound function's deprecated `asyncResource` accessor (DEP0172) in two fresh `util.deprecate` functions,
 * each made a prototype with `Object.setPrototypeOf`: new maps and prototype info per request, about 5 % of the
 * API's event loop per write (Linux `perf`, issue 6), and a cost the runtime only pays to be able to warn.
 *
 * This installs a `bind` that does exactly what Node 20's does (the same wrapper, `length`, the same async scope and
 * receiver) with one shared accessor pair that emits the same DEP0172 warning once per process. It installs itself
 * only on a runtime whose `bind` builds those wrappers (their getter is named `deprecated`), and answers whether it
 * did. Idempotent.
 */
export function installCheapAsyncResourceBind(): boolean {
  if (installed) return true;
  const probe = new AsyncResource('g3n.bind-probe');
  const getter = Object.getOwnPropertyDescriptor(probe.bind(() => undefined), 'asyncResource')?.get;
  probe.emitDestroy();
  if (getter?.name !== 'deprecated') return false;
  installed = true;
  let warned = false;
  const warn = () => {
    if (warned) return;
    warned = true;
    process.emitWarning(DEP0172, 'DeprecationWarning', 'DEP0172');
  };
  const resource = Symbol('g3n.asyncResource');
  type Bound = Function & { [resource]?: AsyncResource };
  const accessor = {
    configurable: true,
    enumerable: true,
    get(this: Bound) {
      warn();
      return this[resource];
    },
    set(this: Bound, value: AsyncResource) {
      warn();
      this[resource] = value;
    },
  };
  AsyncResource.prototype.bind = function bind<Func extends (...args: any[]) => any>(this: AsyncResource, fn: Func, thisArg?: unknown): Func {
    if (typeof fn !== 'function') {
      throw Object.assign(new TypeError(`The "fn" argument must be of type function. Received ${typeof fn}`), { code: 'ERR_INVALID_ARG_TYPE' });
    }
    let bound: Bound;
    if (thisArg === undefined) {
      const self = this;
      bound = function (this: unknown, ...args: unknown[]) {
        args.unshift(fn, this);
        return Reflect.apply(self.runInAsyncScope, self, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    Object.defineProperty(bound, 'length', { configurable: true, enumerable: false, value: fn.length, writable: false });
    Object.defineProperty(bound, 'asyncResource', accessor);
    bound[resource] = this;
    return bound as Func;
  };
  return true;
}
