import { Body, CanActivate, Controller, Header, Param, UseGuards } from '@nestjs/common';
import type { ModulesContainer } from '@nestjs/core';
import { Ctx } from './ctx.decorator';
import { planDirectRoutes } from './direct-routes';
import { Endpoint } from './endpoint.decorator';
import type { RequestContext } from './request-context';

class ThingCreateRequest {
  name!: string;
}

class DenyAll implements CanActivate {
  canActivate(): boolean {
    return false;
  }
}

@Controller('tst')
class ThingsController {
  @Endpoint({ service: 'tst', call: 'thing/create', kind: 'write', summary: 'Create.', request: ThingCreateRequest })
  create(@Body() body: ThingCreateRequest, @Ctx() ctx: RequestContext) {
    return { body, ctx };
  }

  @Endpoint({ service: 'tst', call: 'thing/ping', kind: 'read', summary: 'Ping.' })
  ping() {
    return {};
  }

  @Endpoint({ service: 'tst', call: 'thing/get/:id', kind: 'read', summary: 'By path.' })
  byPath(@Param('id') id: string) {
    return { id };
  }

  @Endpoint({ service: 'tst', call: 'thing/guarded', kind: 'read', summary: 'Own guard.' })
  @UseGuards(DenyAll)
  guarded(@Body() body: ThingCreateRequest) {
    return body;
  }

  @Endpoint({ service: 'tst', call: 'thing/yaml', kind: 'read', summary: 'Own header.' })
  @Header('content-type', 'application/yaml')
  yaml() {
    return '';
  }

  helper() {
    return 'not a route';
  }
}

function modulesWith(controller: object, isStatic = true): ModulesContainer {
  const wrapper = { instance: controller, metatype: controller.constructor, isDependencyTreeStatic: () => isStatic };
  return new Map([['m', { controllers: new Map([['c', wrapper]]) }]]) as unknown as ModulesContainer;
}

describe('planDirectRoutes', () => {
  it('given @Endpoint routes taking only @Body() and @Ctx(), when planned, then they are dispatched directly with their arguments in order', () => {
    const plan = planDirectRoutes(modulesWith(new ThingsController()));
    expect([...plan.routes.keys()].sort()).toEqual(['/tst/thing/create', '/tst/thing/ping']);
    expect(plan.routes.get('/tst/thing/create')!.args).toEqual([{ kind: 'body', type: ThingCreateRequest }, { kind: 'ctx' }]);
    expect(plan.routes.get('/tst/thing/create')!.endpoint).toMatchObject({ service: 'tst', call: 'thing/create', kind: 'write' });
    expect(plan.routes.get('/tst/thing/ping')!.args).toEqual([]);
  });

  it('given routes with other parameters, their own enhancers or their own headers, when planned, then Nest keeps them, each with its reason', () => {
    const plan = planDirectRoutes(modulesWith(new ThingsController()));
    expect(plan.skipped).toEqual(
      expect.arrayContaining([
        { url: '/tst/thing/get/:id', reason: 'parameters other than @Body() and @Ctx()' },
        { url: '/tst/thing/guarded', reason: 'route-level guards, interceptors, pipes or filters' },
        { url: '/tst/thing/yaml', reason: 'custom status, headers, redirect or SSE' },
      ]),
    );
    expect(plan.skipped).toHaveLength(3);
  });

  it('given a request-scoped controller, when planned, then none of its routes is direct', () => {
    const plan = planDirectRoutes(modulesWith(new ThingsController(), false));
    expect(plan.routes.size).toBe(0);
    expect(plan.skipped.filter((s) => s.reason === 'request-scoped controller')).toHaveLength(5);
  });
});
