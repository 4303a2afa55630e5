import { BaseRequest } from '@g3n/platform';

/**
 * /resolve/orgcode: `{ orgcode }` (or x-orgcode). The guard resolves it and checks that the caller is associated
 * (404 otherwise, never 403), so the answer is the org itself.
 */
export class OrgcodeResolveRequest extends BaseRequest {}
