import type { ProjectionDefinition } from '@g3n/es';
import { logStatsProjection } from './platform/log-stats.projection';
import { uasProjections } from './uas';
import { usmProjections } from './usm';
import { ofmOrgSpineProjections } from './ofm/org-spine';
import { ofmFacilityProjections } from './ofm/facilities';
import { pvmCatalogProjections } from './pvm/catalog';
import { pvmProductProjections } from './pvm/product';
import { pmcProjections } from './pmc';
import { ppmProjections } from './ppm';
import { icsProjections } from './ics';
import { scmProjections } from './scm';
import { pcmProjections } from './pcm';
import { crmProjections } from './crm';
import { ipmFeedProjections } from './ipm/feed';
import { ipmWebhookProjections } from './ipm/webhook';
import { ipmBulkProjections } from './ipm/bulk';
import { rbsProjections } from './rbs';
import { accountingProjections } from './accounting';

/** Every read model of the system. Duplicate names or shared collections fail at start (assertUniqueProjections). */
export const allProjections: ProjectionDefinition[] = [
  logStatsProjection,
  ...uasProjections,
  ...usmProjections,
  ...ofmOrgSpineProjections,
  ...ofmFacilityProjections,
  ...pvmCatalogProjections,
  ...pvmProductProjections,
  ...pmcProjections,
  ...ppmProjections,
  ...icsProjections,
  ...scmProjections,
  ...pcmProjections,
  ...crmProjections,
  ...ipmFeedProjections,
  ...ipmWebhookProjections,
  ...ipmBulkProjections,
  ...rbsProjections,
  ...accountingProjections,
];
