import argon2 from 'argon2';

/**
 * argon2id with the library's defaults (m=64 MiB, t=3, p=4), above OWASP's minimum for argon2id.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time on an unknown user name as on a wrong password, so names cannot be probed. */
export async function spendVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('cchc-unknown-user-placeholder');
  await verifyPassword(await dummyHash, password);
}
