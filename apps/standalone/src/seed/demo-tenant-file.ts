import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';
import type { DemoTenant } from './seed-demo-kb';

const FILE_NAME = 'demo-tenant.json';
const demoTenantSchema = z.object({ tenantId: z.string().min(1), apiKey: z.string().min(1), documentIds: z.array(z.string().min(1)) });

/**
 * With a data directory the database outlives the process, so the demo tenant must too: its
 * API key is stored only hashed, and seeding twice would duplicate every document.
 */
export async function readDemoTenant(dataDir: string): Promise<DemoTenant | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, FILE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return demoTenantSchema.parse(JSON.parse(text));
}

/** The file holds an admin API key of the local demo tenant: readable by its owner only. */
export async function writeDemoTenant(dataDir: string, tenant: DemoTenant): Promise<void> {
  await writeFile(path.join(dataDir, FILE_NAME), `${JSON.stringify(tenant, null, 2)}\n`, { mode: 0o600 });
}
