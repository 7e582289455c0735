// The client answers the contract's methods and nothing else.
import { describe, expect, it, vi } from 'vitest';
import { methods } from '../../electron/api/contract';
import { createClient, type Transport } from '../../renderer/src/api/client';

const recording = () => {
  const transport = vi.fn<Transport>(async () => ({ ok: true, value: 'ok' }));
  return { transport, api: createClient(transport) };
};

/** The client seen as what it is at runtime: groups of functions, looked up by any name. */
const loose = (api: unknown) => api as Record<string, Record<string, unknown> | undefined>;

describe('API client', () => {
  it('awaiting a group resolves to the group without calling the backend', async () => {
    const { api, transport } = recording();
    const group = await api.exam;
    expect(group).toBe(api.exam);
    expect(transport).not.toHaveBeenCalled();
  });

  it('unknown groups and methods are undefined, and Object.prototype names are not methods', () => {
    const { api } = recording();
    expect(loose(api).exam?.nope).toBeUndefined();
    expect(loose(api).exam?.then).toBeUndefined();
    expect(loose(api).exam?.toString).toBeUndefined();
    expect(loose(api).nope).toBeUndefined();
    expect(loose(api).then).toBeUndefined();
  });

  it('reaches every contract method, and only those', async () => {
    const { api, transport } = recording();
    const reachable = Object.entries(loose(api)).flatMap(([group, calls]) => Object.keys(calls ?? {}).map((name) => `${group}.${name}`));
    expect(reachable.sort()).toEqual([...methods].sort());
    for (const method of methods) {
      const [group, name] = method.split('.') as [string, string];
      const call = loose(api)[group]?.[name] as (input: unknown) => Promise<unknown>;
      await expect(call({ probe: method })).resolves.toBe('ok');
      expect(transport).toHaveBeenLastCalledWith(method, { probe: method });
    }
  });

  it('turns an error result into an ApiError with its code', async () => {
    const api = createClient(async () => ({ ok: false, error: { code: 'not_found', message: 'No such exam.' } }));
    await expect(api.exam.get({ attemptId: 1 })).rejects.toMatchObject({ name: 'ApiError', code: 'not_found', message: 'No such exam.' });
  });
});
