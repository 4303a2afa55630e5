import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PVM_TAXONOMY } from '../../../../projections/pvm/taxonomy.projection';
import { ChangeTaxonomyNodeCommand, CreateTaxonomyNodeCommand } from '../commands/taxonomy.handlers';
import { GetCatalogRecordQuery } from '../queries/catalog-record.queries';
import type { TaxonomyKind } from '../taxonomy/taxonomy.events';
import { CODE_ERRORS, ErrorTags, MANAGE, PVM, STATUS_ERRORS, VIEW } from './catalog-routes';
import {
  CategoryCreateRequest, CategoryDto, CategoryGetRequest, CategoryStatusRequest, CategoryUpdateRequest, DepartmentCreateRequest, DepartmentDto, DepartmentGetRequest, DepartmentStatusRequest, DepartmentUpdateRequest, DivisionCreateRequest, DivisionDto, DivisionGetRequest, DivisionStatusRequest, DivisionUpdateRequest, SeasonCreateRequest, SeasonDto, SeasonGetRequest, SeasonStatusRequest, SeasonUpdateRequest,
} from './dto/taxonomy.dto';

const PARENT_ERRORS: ErrorTags = [
  ['not-found', 'parent-not-found'], ['invalid-state', 'invalid-parent-kind'], ['invalid-state', 'parent-inactive'],
  ['invalid-state', 'taxonomy-cycle'], ['invalid-state', 'taxonomy-too-deep'],
];

/** Divisions, departments, categories and seasons: one route family per kind over one taxonomy aggregate. */
@ApiTags(PVM)
@Controller(PVM)
export class TaxonomyController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: PVM, call: 'division', kind: 'write', summary: 'Create a division (top of the merchandise hierarchy; no parent).', permissions: MANAGE, request: DivisionCreateRequest, response: { type: DivisionDto, key: 'division' }, errors: [...CODE_ERRORS, ['validation-error', 'parent-not-allowed']] })
  async createDivision(@Body() body: DivisionCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'division', await this.commands.execute<CreateTaxonomyNodeCommand, string>(new CreateTaxonomyNodeCommand(ctx, 'division', body)));
  }

  @Endpoint({ service: PVM, call: 'division/get', kind: 'read', summary: 'Get a division.', permissions: VIEW, request: DivisionGetRequest, response: { type: DivisionDto, key: 'division' }, errors: [['not-found', 'division-not-found']] })
  getDivision(@Body() body: DivisionGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'division', body.division_id);
  }

  @Endpoint({ service: PVM, call: 'division/update', kind: 'write', summary: "Change a division's caption (the code never changes).", permissions: MANAGE, revision: true, request: DivisionUpdateRequest, response: { type: DivisionDto, key: 'division' }, errors: [['not-found', 'division-not-found'], ['validation-error', 'parent-not-allowed']] })
  async updateDivision(@Body() body: DivisionUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeTaxonomyNodeCommand(ctx, 'division', body.division_id, body.expected_revision, { caption: body.caption }, body));
    return this.one(ctx, 'division', body.division_id);
  }

  @Endpoint({ service: PVM, call: 'division/status', kind: 'write', summary: 'Activate or deactivate a division.', permissions: MANAGE, revision: true, request: DivisionStatusRequest, response: { type: DivisionDto, key: 'division' }, errors: [['not-found', 'division-not-found'], ...STATUS_ERRORS] })
  async divisionStatus(@Body() body: DivisionStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeTaxonomyNodeCommand(ctx, 'division', body.division_id, body.expected_revision, { status: body.status }, body));
    return this.one(ctx, 'division', body.division_id);
  }

  @Endpoint({ service: PVM, call: 'department', kind: 'write', summary: 'Create a department, optionally under a division (parent_id).', permissions: MANAGE, request: DepartmentCreateRequest, response: { type: DepartmentDto, key: 'department' }, errors: [...CODE_ERRORS, ...PARENT_ERRORS] })
  async createDepartment(@Body() body: DepartmentCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'department', await this.commands.execute<CreateTaxonomyNodeCommand, string>(new CreateTaxonomyNodeCommand(ctx, 'department', body)));
  }

  @Endpoint({ service: PVM, call: 'department/get', kind: 'read', summary: 'Get a department.', permissions: VIEW, request: DepartmentGetRequest, response: { type: DepartmentDto, key: 'department' }, errors: [['not-found', 'department-not-found']] })
  getDepartment(@Body() body: DepartmentGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'department', body.department_id);
  }

  @Endpoint({ service: PVM, call: 'department/update', kind: 'write', summary: "Change a department's caption or parent (null detaches) (the code never changes).", permissions: MANAGE, revision: true, request: DepartmentUpdateRequest, response: { type: DepartmentDto, key: 'department' }, errors: [['not-found', 'department-not-found'], ...PARENT_ERRORS] })
  async updateDepartment(@Body() body: DepartmentUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeTaxonomyNodeCommand(ctx, 'department', body.department_id, body.expected_revision, { caption: body.caption, parent_id: body.parent_id }, body));
    return this.one(ctx, 'department', body.department_id);
  }

  @Endpoint({ service: PVM, call: 'department/status', kind: 'write', summary: 'Activate or deactivate a department.', permissions: MANAGE, revision: true, request: DepartmentStatusRequest, response: { type: DepartmentDto, key: 'department' }, errors: [['not-found', 'department-not-found'], ...STATUS_ERRORS] })
  async departmentStatus(@Body() body: DepartmentStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeTaxonomyNodeCommand(ctx, 'department', body.department_id, body.expected_revision, { status: body.status }, body));
    return this.one(ctx, 'department', body.department_id);
  }

  @Endpoint({ service: PVM, call: 'category', kind: 'write', summary: 'Create a category, optionally under a department or a parent category (parent_id); the tree stays acyclic.', permissions: MANAGE, request: CategoryCreateRequest, response: { type: CategoryDto, key: 'category' }, errors: [...CODE_ERRORS, ...PARENT_ERRORS] })
  async createCategory(@Body() body: CategoryCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'category', await this.commands.execute<CreateTaxonomyNodeCommand, string>(new CreateTaxonomyNodeCommand(ctx, 'category', body)));
  }

  @Endpoint({ service: PVM, call: 'category/get', kind: 'read', summary: 'Get a category.', permissions: VIEW, request: CategoryGetRequest, response: { type: CategoryDto, key: 'category' }, errors: [['not-found', 'category-not-found']] })
  getCategory(@Body() body: CategoryGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'category', body.category_id);
  }

  @Endpoint({ service: PVM, call: 'category/update', kind: 'write', summary: "Change a category's caption or parent (null detaches) (the code never changes).", permissions: MANAGE, revision: true, request: CategoryUpdateRequest, response: { type: CategoryDto, key: 'category' }, errors: [['not-found', 'category-not-found'], ...PARENT_ERRORS] })
  async updateCategory(@Body() body: CategoryUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeTaxonomyNodeCommand(ctx, 'category', body.category_id, body.expected_revision, { caption: body.caption, parent_id: body.parent_id }, body));
    return this.one(ctx, 'category', body.category_id);
  }

  @Endpoint({ service: PVM, call: 'category/status', kind: 'write', summary: 'Activate or deactivate a category.', permissions: MANAGE, revision: true, request: CategoryStatusRequest, response: { type: CategoryDto, key: 'category' }, errors: [['not-found', 'category-not-found'], ...STATUS_ERRORS] })
  async categoryStatus(@Body() body: CategoryStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeTaxonomyNodeCommand(ctx, 'category', body.category_id, body.expected_revision, { status: body.status }, body));
    return this.one(ctx, 'category', body.category_id);
  }

  @Endpoint({ service: PVM, call: 'season', kind: 'write', summary: 'Create a season (flat; no parent).', permissions: MANAGE, request: SeasonCreateRequest, response: { type: SeasonDto, key: 'season' }, errors: [...CODE_ERRORS, ['validation-error', 'parent-not-allowed']] })
  async createSeason(@Body() body: SeasonCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'season', await this.commands.execute<CreateTaxonomyNodeCommand, string>(new CreateTaxonomyNodeCommand(ctx, 'season', body)));
  }

  @Endpoint({ service: PVM, call: 'season/get', kind: 'read', summary: 'Get a season.', permissions: VIEW, request: SeasonGetRequest, response: { type: SeasonDto, key: 'season' }, errors: [['not-found', 'season-not-found']] })
  getSeason(@Body() body: SeasonGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'season', body.season_id);
  }

  @Endpoint({ service: PVM, call: 'season/update', kind: 'write', summary: "Change a season's caption (the code never changes).", permissions: MANAGE, revision: true, request: SeasonUpdateRequest, response: { type: SeasonDto, key: 'season' }, errors: [['not-found', 'season-not-found'], ['validation-error', 'parent-not-allowed']] })
  async updateSeason(@Body() body: SeasonUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeTaxonomyNodeCommand(ctx, 'season', body.season_id, body.expected_revision, { caption: body.caption }, body));
    return this.one(ctx, 'season', body.season_id);
  }

  @Endpoint({ service: PVM, call: 'season/status', kind: 'write', summary: 'Activate or deactivate a season.', permissions: MANAGE, revision: true, request: SeasonStatusRequest, response: { type: SeasonDto, key: 'season' }, errors: [['not-found', 'season-not-found'], ...STATUS_ERRORS] })
  async seasonStatus(@Body() body: SeasonStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeTaxonomyNodeCommand(ctx, 'season', body.season_id, body.expected_revision, { status: body.status }, body));
    return this.one(ctx, 'season', body.season_id);
  }

  /** A node is found only through its own kind's routes: /category/get with a division_id is 404. */
  private async one(ctx: RequestContext, kind: TaxonomyKind, id: string) {
    const record = await this.queries.execute<GetCatalogRecordQuery, Record<string, unknown>>(new GetCatalogRecordQuery(PVM_TAXONOMY, ctx.org_guid, id, `${kind}-not-found`, { kind }));
    return { [kind]: record };
  }
}
