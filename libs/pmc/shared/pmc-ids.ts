import { streamName } from '@g3n/eventlog';

/** Channel codes as OFM stores them (lower case); clients may send "WEB" as walkthrough 2 does. */
export const CHANNEL_CODE_INPUT = /^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$/;
export const normaliseChannelCode = (code: string): string => code.trim().toLowerCase();

/**
 * A product is one variant on one channel. Its id is derived, not generated, so that a publish step (and its
 * retry after a crash or a 409) always lands on the same product stream without reading a read model first.
 */
export const productIdOf = (channelCode: string, variantId: string): string => `prd:${channelCode}:${variantId}`;

export const publishProfileStream = (org: string, channelCode: string) => streamName(org, 'pmc.publish-profile', channelCode);
export const publishRunStream = (org: string, runId: string) => streamName(org, 'pmc.publish-run', runId);
export const productStream = (org: string, productId: string) => streamName(org, 'pmc.product', productId);

/** The publish profile's read-model id: profiles are per channel, and channel codes are only unique per org. */
export const profileDocId = (org: string, channelCode: string) => `${org}:${channelCode}`;
/** A product revision's read-model id. */
export const productRevisionDocId = (productId: string, productRev: number) => `${productId}#${productRev}`;
