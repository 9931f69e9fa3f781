import { describe, expect, it, vi } from 'vitest';
import type { HubLike } from './conferenceFeed';
import { ForceMajeureSignal } from './forceMajeureSignal';

function world(serverVersion: number) {
  const handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  const hub: HubLike = {
    start: vi.fn(async () => undefined),
    stop: vi.fn(async () => undefined),
    invoke: vi.fn(async () => serverVersion) as HubLike['invoke'],
    on: (method, handler) => handlers.set(method, [...(handlers.get(method) ?? []), handler]),
    onreconnecting: () => undefined,
    onreconnected: () => undefined,
    onclose: () => undefined,
  };
  const changed = vi.fn();
  const signal = new ForceMajeureSignal(hub, changed);
  const send = (method: string, ...args: unknown[]) => handlers.get(method)?.forEach((h) => h(...args));
  return { signal, changed, send, record: (n: number) => (serverVersion = n) };
}

describe('the force-majeure signal (issue 10)', () => {
  it('a newer event on its feed means read again; a repeat or another feed does not', async () => {
    const w = world(4);
    await w.signal.join();
    expect(w.changed).toHaveBeenCalledTimes(1);
    w.send('event', 'force-majeure:p', { sequence: 5, at: 'x', kind: 'ForceMajeureListChanged', payload: {} });
    w.send('event', 'force-majeure:p', { sequence: 5, at: 'x', kind: 'ForceMajeureListChanged', payload: {} });
    w.send('event', 'inbox:p/s', { sequence: 9, at: 'x', kind: 'NotificationRaised', payload: {} });
    expect(w.changed).toHaveBeenCalledTimes(2);
  });

  it('a heartbeat ahead of it, or a join after a reconnect that finds a newer version, means read again', async () => {
    const w = world(1);
    await w.signal.join();
    w.send('heartbeat', 'force-majeure:p', 1);
    expect(w.changed).toHaveBeenCalledTimes(1);
    w.send('heartbeat', 'force-majeure:p', 2);
    expect(w.changed).toHaveBeenCalledTimes(2);
    w.record(3);
    await w.signal.join();
    expect(w.changed).toHaveBeenCalledTimes(3);
  });
});
