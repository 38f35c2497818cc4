import { readDemoTenant, writeDemoTenant } from './demo-tenant-file';
import { GatewayClient } from './gateway-client';
import { seedDemoKnowledgeBase, type DemoTenant } from './seed-demo-kb';

export interface PrepareDemoTenantOptions {
  readonly baseUrl: string;
  readonly adminToken: string;
  readonly dataDir: string | undefined;
  readonly progress: (line: string) => void;
}

/** Seeds the demo tenant on a fresh database; reuses the stored one when the data survived. */
export async function prepareDemoTenant(options: PrepareDemoTenantOptions): Promise<DemoTenant> {
  const stored = options.dataDir === undefined ? undefined : await readDemoTenant(options.dataDir);
  if (stored) {
    options.progress(`Using the demo knowledge base stored in ${options.dataDir}`);
    return stored;
  }
  const tenant = await seedDemoKnowledgeBase({ gateway: new GatewayClient(options.baseUrl), adminToken: options.adminToken, progress: options.progress });
  if (options.dataDir !== undefined) await writeDemoTenant(options.dataDir, tenant);
  return tenant;
}
