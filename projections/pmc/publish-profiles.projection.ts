import type { ProjectionDefinition } from '@g3n/es';
import type { PublishProfileSet } from '../../libs/pmc/profile/publish-profile.events';
import { profileDocId } from '../../libs/pmc/shared/pmc-ids';
import { created, PmcRecordDoc, touched } from './pmc-docs';

export const PMC_PUBLISH_PROFILES = 'pmc_publish_profiles';

export interface PublishProfileDoc extends PmcRecordDoc {
  channel_code: string;
  channel_guid: string;
  required_sku: boolean;
  required_identifier_types: string[];
}

/** One publish profile per org and channel_code (`_id` = `<org_guid>:<channel_code>`). */
export const pmcPublishProfilesProjection: ProjectionDefinition = {
  name: 'pmc.publish-profiles',
  version: 1,
  collections: [{ name: PMC_PUBLISH_PROFILES, indexes: [{ fields: ['org_guid', 'channel_code'] }] }],
  handlers: {
    'pmc.publish-profile-set': async (e, ctx) => {
      const { created: isNew, ...d } = e.data as PublishProfileSet['data'];
      const _id = profileDocId(d.org_guid, d.channel_code);
      const rules = { required_sku: d.required_sku, required_identifier_types: d.required_identifier_types, channel_guid: d.channel_guid };
      if (isNew) ctx.put<PublishProfileDoc>(PMC_PUBLISH_PROFILES, { _id, ...d, ...created(e) });
      else await ctx.update<PublishProfileDoc>(PMC_PUBLISH_PROFILES, _id, (doc) => touched(doc, e, rules));
    },
  },
};
