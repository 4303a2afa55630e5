import { validationError } from '@g3n/es';
import { allowPrivateTargets, assertDeliverableUrl, TransportSpec } from '@g3n/delivery';
import type { Runtime } from '@g3n/platform';
import { regionFromQueueUrl } from '@g3n/delivery';

interface TargetFields { target_url?: string; queue_url?: string; queue_region?: string; queue_endpoint?: string }

const fieldError = (field: string, reason: string, message: string) =>
  validationError('invalid-target', message, { fields: [{ field, reason }] });

/**
 * The transport a request names: exactly one of target_url (HTTP) or queue_url (SQS). URLs are checked like webhook
 * targets (http/https, no credentials, no private addresses unless G3N_ALLOW_PRIVATE_TARGETS). Undefined when the
 * request names no target (update of filters only).
 */
export async function targetFrom(runtime: Runtime, dto: TargetFields, required: boolean): Promise<TransportSpec | undefined> {
  const http = dto.target_url !== undefined;
  const sqs = dto.queue_url !== undefined;
  if (http && sqs) throw fieldError('queue_url', 'give target_url or queue_url, not both', 'Give target_url or queue_url, not both.');
  if (!http && (dto.queue_region !== undefined || dto.queue_endpoint !== undefined) && !sqs) {
    throw fieldError('queue_url', 'required with queue_region / queue_endpoint', 'queue_region and queue_endpoint need queue_url.');
  }
  if (!http && !sqs) {
    if (required) throw fieldError('target_url', 'target_url or queue_url is required', 'Give target_url (HTTP) or queue_url (SQS).');
    return undefined;
  }
  const allowPrivate = allowPrivateTargets(runtime.config);
  if (http) return { type: 'http', url: (await assertDeliverableUrl(dto.target_url as string, allowPrivate)).toString() };
  const queueUrl = (await assertDeliverableUrl(dto.queue_url as string, allowPrivate)).toString();
  const endpoint = dto.queue_endpoint !== undefined ? (await assertDeliverableUrl(dto.queue_endpoint, allowPrivate)).toString().replace(/\/$/, '') : undefined;
  const region = dto.queue_region ?? regionFromQueueUrl(queueUrl);
  if (!region && !endpoint) throw fieldError('queue_region', 'cannot be read from queue_url', 'Give queue_region: it cannot be read from queue_url.');
  return { type: 'sqs', queue_url: queueUrl, ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}) };
}
