import type { Db } from '../../db/client.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  note: string;
}

/** Loads the demo supplier; filled in by the demo-data work. */
export async function seedDemo(_db: Db): Promise<DemoAccount[]> {
  return [];
}

export function printDemoAccounts(accounts: DemoAccount[]) {
  for (const a of accounts) console.log(`${a.role}\t${a.username}\t${a.password}\t${a.note}`);
}
