/**
 * The EventLog contract: one set of cases every adapter must pass. Adapter specs call eventLogContract()
 * inside their own describe with a target that hands out the log under test (or null when the adapter's
 * server is unavailable, in which case every case returns at once; the spec prints why).
 */
import { EventLog } from '@g3n/eventlog';
import { appendCases } from './event-log-append.cases';
import { readCases } from './event-log-read.cases';
import { subscribeCases } from './event-log-subscribe.cases';

export interface ContractTarget {
  log(): EventLog | null;
}

/** Wraps a case so it runs only when the target has a log. */
export type ContractCase = (name: string, body: (log: EventLog) => Promise<void>, timeoutMs?: number) => void;

export function eventLogContract(target: ContractTarget): void {
  const contractCase: ContractCase = (name, body, timeoutMs) => {
    it(name, async () => {
      const log = target.log();
      if (!log) return;
      await body(log);
    }, timeoutMs);
  };
  describe('append', () => appendCases(contractCase));
  describe('read', () => readCases(contractCase));
  describe('subscribe', () => subscribeCases(contractCase));
}
