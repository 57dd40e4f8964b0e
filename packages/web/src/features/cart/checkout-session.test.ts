import { describe, expect, it, vi } from 'vitest';
import { createCheckoutSession } from './checkout-session.ts';

describe('createCheckoutSession', () => {
  it('generates one key per visit', () => {
    const a = createCheckoutSession();
    const b = createCheckoutSession();
    expect(a.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.key).not.toBe(b.key);
  });

  it('joins a second tap to the attempt in flight instead of sending again', async () => {
    const session = createCheckoutSession(() => 'k1');
    let resolve: (value: string) => void = () => undefined;
    const send = vi.fn((_key: string) => new Promise<string>((r) => (resolve = r)));
    const first = session.submit(send);
    const second = session.submit(send);
    expect(send).toHaveBeenCalledTimes(1);
    resolve('order');
    await expect(first).resolves.toBe('order');
    await expect(second).resolves.toBe('order');
  });

  it('retries a failed attempt with the same key', async () => {
    const session = createCheckoutSession(() => 'k2');
    const send = vi.fn<(key: string) => Promise<string>>();
    send.mockRejectedValueOnce(new Error('network')).mockResolvedValueOnce('order');
    await expect(session.submit(send)).rejects.toThrow('network');
    await expect(session.submit(send)).resolves.toBe('order');
    expect(send.mock.calls.map(([key]) => key)).toEqual(['k2', 'k2']);
  });
});
