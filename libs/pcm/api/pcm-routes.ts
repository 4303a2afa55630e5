import type { MajorTag } from '@g3n/es';

export const PCM = 'pcm';
export const VIEW = ['pcm:view'];
export const MANAGE = ['pcm:manage'];
export type ErrorTags = Array<[MajorTag, string]>;
