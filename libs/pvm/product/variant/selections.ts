import { invalidState, validationError } from '@g3n/es';
import type { Selection } from './variant.events';

/** The style's OGM revision groups and the options the request names, as found in PVM-A's read models. */
export interface SelectionFacts {
  ogm_groups: string[];
  /** By `GROUP:OPTION`; null when the option does not exist in that group. */
  options: Record<string, { status: string } | null>;
}

const bad = (minor: string, message: string, field: string, reason: string) => validationError(minor, message, { fields: [{ field, reason }] });
const CLOSED_OPTION = ['inactive', 'retired', 'doomed'];

/** Codes compare upper-cased, as PVM stores them. */
export const normaliseSelections = (selections: Selection[]): Selection[] =>
  selections.map((s) => ({ group_code: s.group_code.trim().toUpperCase(), option_code: s.option_code.trim().toUpperCase() }));

export const optionKey = (s: Selection) => `${s.group_code}:${s.option_code}`;

/** One string per combination, independent of the order the client listed the selections in. */
export const combinationKey = (selections: Selection[]) =>
  [...selections].sort((a, b) => a.group_code.localeCompare(b.group_code)).map((s) => `${s.group_code}=${s.option_code}`).join('|');

/** Exactly one option per group of the OGM revision, each an existing, open option of its group. */
export function assertSelections(selections: Selection[], facts: SelectionFacts): void {
  const seen = new Set<string>();
  selections.forEach((s, i) => {
    if (!facts.ogm_groups.includes(s.group_code)) throw bad('selection-group-unknown', `Group ${s.group_code} is not in the style's OGM revision.`, `selections[${i}].group_code`, 'not a group of the OGM revision');
    if (seen.has(s.group_code)) throw bad('selection-group-repeated', `Group ${s.group_code} is selected twice.`, `selections[${i}].group_code`, 'selected twice');
    seen.add(s.group_code);
    const option = facts.options[optionKey(s)];
    if (!option) throw bad('option-not-in-group', `No option ${s.option_code} in group ${s.group_code}.`, `selections[${i}].option_code`, 'no such option in the group');
    if (CLOSED_OPTION.includes(option.status)) throw invalidState('option-inactive', `Option ${s.option_code} of ${s.group_code} is not active.`, { group_code: s.group_code, option_code: s.option_code });
  });
  const missing = facts.ogm_groups.filter((g) => !seen.has(g));
  if (missing.length) throw bad('selections-incomplete', `Missing a selection for ${missing.join(', ')}.`, 'selections', `missing groups: ${missing.join(', ')}`);
}
