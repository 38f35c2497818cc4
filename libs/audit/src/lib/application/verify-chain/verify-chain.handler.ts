import { Injectable } from '@nestjs/common';
import { ServiceRuntime } from '@sagewire/service-kit';
import { ChainVerifier, type ChainVerification } from '../../domain/hash-chain';
import { readChainPage } from '../../infrastructure/postgres/audit-read.repository';
import { readChainHead } from '../../infrastructure/postgres/chain-append.repository';

/** Records read per round trip: bounds memory however long the chain is. */
export const VERIFY_PAGE_SIZE = 1000;

/** Verifies a tenant's whole chain, from its first record to its recorded head. */
@Injectable()
export class VerifyChainHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  handle(tenantId: string): Promise<ChainVerification> {
    // One snapshot for the head and every page: appends committed meanwhile are not half seen.
    return this.runtime.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const verifier = new ChainVerifier((await readChainHead(manager, tenantId)) ?? null);
      for (let after = 0; ; ) {
        const page = await readChainPage(manager, tenantId, after, VERIFY_PAGE_SIZE);
        for (const record of page) verifier.push(record);
        if (page.length < VERIFY_PAGE_SIZE) return verifier.finish();
        after = page.at(-1)!.seq;
      }
    });
  }
}
