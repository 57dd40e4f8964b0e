import { describe, expect, it } from 'vitest';
import { createPayAttempts } from './pay-attempts.ts';

describe('createPayAttempts', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${++n}`;
  };

  it('sends the same request again with the same key, after a failure too', async () => {
    const attempts = createPayAttempts(counter());
    const keys: string[] = [];
    await expect(
      attempts.submit({ method: 'wallet', amount: 100 }, async (key) => {
        keys.push(key);
        throw new Error('lost');
      }),
    ).rejects.toThrow('lost');
    await attempts.submit({ method: 'wallet', amount: 100 }, async (key) => keys.push(key));
    expect(keys).toEqual(['key-1', 'key-1']);
  });

  it('gives a different request a new key', async () => {
    const attempts = createPayAttempts(counter());
    const keys: string[] = [];
    await attempts.submit({ method: 'wallet', amount: 100 }, async (key) => keys.push(key));
    await attempts.submit({ method: 'wallet', amount: 90 }, async (key) => keys.push(key));
    await attempts.submit({ method: 'offline', amount: 90 }, async (key) => keys.push(key));
    expect(keys).toEqual(['key-1', 'key-2', 'key-3']);
  });

  it('a double tap while the first is in flight joins it', async () => {
    const attempts = createPayAttempts(counter());
    let sent = 0;
    const send = async () => {
      sent++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return sent;
    };
    const [a, b] = await Promise.all([
      attempts.submit({ method: 'credit' }, send),
      attempts.submit({ method: 'credit' }, send),
    ]);
    expect(sent).toBe(1);
    expect(a).toBe(b);
  });
});
