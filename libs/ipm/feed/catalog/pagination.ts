import { CDC_DEFAULT_LIMIT, CDC_MAX_LIMIT } from '../api/dto/cdc.dto';

/**
 * The pagination contract every list and feed follows. The list bounds mirror `ListRequest` (libs/platform:
 * limit 1–200, default 50) and the CDC bounds mirror CdcListRequest; a test checks both against the validators.
 */
export const PAGINATION_CONTRACT = {
  version: 1,
  lists: {
    request: { limit: { min: 1, max: 200, default: 50 }, next_token: 'data.next_token of the previous page; omit for the first page' },
    response: { items: 'the page, in the list\'s documented order', next_token: 'opaque string, or null on the last page' },
    rules: [
      'Tokens are opaque: store and send back unchanged; do not parse them.',
      'Send the same filters with a token as with the first page; a token from another list or query is 400 invalid-next-token.',
      'A record written between pages appears at most once; lists are not snapshots.',
    ],
  },
  cdc: {
    call: '/ipm/cdc/list',
    request: {
      limit: { min: 1, max: CDC_MAX_LIMIT, default: CDC_DEFAULT_LIMIT },
      cursor: 'data.next_cursor of the previous page (next_token is accepted as an alias); omit to start at the org\'s first event',
    },
    response: {
      items: 'events in log order (position strictly increasing)',
      next_cursor: 'always present: resume from it, also after the end (has_more false) to poll for new events',
      has_more: 'false when the page reached the current end of the org\'s log',
    },
    rules: [
      'At least once: after a crash a consumer may see events again; dedupe on event_id.',
      'A cursor is a log position bound to the org (HMAC-signed): it stays valid across restarts and read-model rebuilds; another org\'s or an altered cursor is 400 invalid-cursor.',
      'Filters (service, action_prefix) do not change what a cursor means: next_cursor may move past events that did not match.',
    ],
  },
  kpi_query: { call: '/ipm/kpi/query', same_as: 'lists', items_field: 'series' },
  export_contracts: { call: '/ipm/export/contract/list', same_as: 'lists', items_field: 'contracts' },
} as const;
