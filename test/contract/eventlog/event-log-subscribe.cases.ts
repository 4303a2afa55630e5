/** Contract cases: subscriptions catch up, then go live, deliver in order exactly once, and stop cleanly. */
import { RecordedEvent } from '@g3n/eventlog';
import type { ContractCase } from './event-log.contract';
import { events, expectStrictlyIncreasing, newEvent, pause, streamOf, uniqueTenant, waitFor } from './event-log-fixtures';

export function subscribeCases(contractCase: ContractCase): void {
  contractCase('catches up, then delivers live events in order, exactly once, in bounded batches', async (log) => {
    const tenant = uniqueTenant();
    const noise = uniqueTenant();
    const before = await log.headPosition();
    const stream = streamOf(tenant);
    const appended: number[] = [];
    appended.push(...(await log.append(stream, events(3))).positions);
    await log.append(streamOf(noise), events(2));

    const received: RecordedEvent[] = [];
    const batchSizes: number[] = [];
    const subscription = log.subscribe({ tenant, after: before, batchSize: 2 }, async (batch) => {
      batchSizes.push(batch.length);
      received.push(...batch);
    });
    await waitFor(() => received.length >= 3, 'catch-up');

    appended.push(...(await log.append(stream, events(2), { expectedRevision: 2 })).positions);
    await log.append(streamOf(noise), events(1));
    appended.push(...(await log.append(streamOf(tenant, 'ics.stock'), events(1))).positions);
    await waitFor(() => received.length >= 6, 'live events');
    await pause(300);

    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
    expect(received.map((event) => event.position)).toEqual(appended);
    expect(received.every((event) => event.tenant === tenant)).toBe(true);
    expectStrictlyIncreasing(received.map((event) => event.position));
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(2);
  });

  contractCase('subscribes with type prefixes and a tenant', async (log) => {
    const tenant = uniqueTenant();
    const before = await log.headPosition();
    const received: RecordedEvent[] = [];
    const subscription = log.subscribe({ tenant, typePrefixes: ['crm.'], after: before }, async (batch) => {
      received.push(...batch);
    });
    await log.append(streamOf(tenant), [newEvent('scm.order-placed'), newEvent('crm.loyalty-earned')]);
    await log.append(streamOf(uniqueTenant()), [newEvent('crm.loyalty-earned')]);
    await log.append(streamOf(tenant), [newEvent('crm.loyalty-redeemed')]);
    await waitFor(() => received.length >= 2, 'filtered live events');
    await pause(200);
    await subscription.stop();
    expect(received.map((event) => event.type)).toEqual(['crm.loyalty-earned', 'crm.loyalty-redeemed']);
  });

  contractCase('stop() waits for the running handler and ends delivery; done resolves', async (log) => {
    const tenant = uniqueTenant();
    const before = await log.headPosition();
    let running = false;
    let calls = 0;
    let finishedWhileStopping = false;
    const subscription = log.subscribe({ tenant, after: before }, async () => {
      running = true;
      calls += 1;
      await pause(150);
      running = false;
    });
    await log.append(streamOf(tenant), events(1));
    await waitFor(() => running, 'the handler to start');
    await subscription.stop();
    finishedWhileStopping = !running;
    expect(finishedWhileStopping).toBe(true);
    await expect(subscription.done).resolves.toBeUndefined();
    await log.append(streamOf(tenant), events(2));
    await pause(250);
    expect(calls).toBe(1);
  });

  contractCase('a throwing handler ends the subscription: done rejects with its error', async (log) => {
    const tenant = uniqueTenant();
    const before = await log.headPosition();
    await log.append(streamOf(tenant), events(2));
    let calls = 0;
    const subscription = log.subscribe({ tenant, after: before }, async () => {
      calls += 1;
      throw new Error('projection exploded');
    });
    await expect(subscription.done).rejects.toThrow('projection exploded');
    await log.append(streamOf(tenant), events(1));
    await pause(200);
    expect(calls).toBe(1);
    await subscription.stop();
  });

  contractCase('a subscription from `after` skips everything at or before it', async (log) => {
    const tenant = uniqueTenant();
    const stream = streamOf(tenant);
    const first = await log.append(stream, events(3));
    const received: RecordedEvent[] = [];
    const subscription = log.subscribe({ tenant, after: first.positions[1] }, async (batch) => { received.push(...batch); });
    await waitFor(() => received.length >= 1, 'the event after the start position');
    await pause(200);
    await subscription.stop();
    expect(received.map((event) => event.revision)).toEqual([2]);
  });
}
