import { type Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP-recommended argon2id parameters (19 MiB, 2 passes). `Algorithm` is a const enum that
// cannot be read as a value here; 2 is Algorithm.Argon2id.
const options = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown username cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dinghuo-dummy-password');
  await verifyPassword(await dummyHash, password);
}

/** Passwords: 8–128 characters with at least a letter and a digit. Returns a message or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return '密码至少 8 位 / at least 8 characters';
  if (password.length > 128) return '密码最多 128 位 / at most 128 characters';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须包含字母和数字 / needs a letter and a digit';
  return null;
}
