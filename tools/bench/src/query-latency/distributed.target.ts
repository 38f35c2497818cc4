import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { GatewayClient, Platform } from '@sagewire/e2e-harness';
import { createTestDatabase } from '@sagewire/testing';
import { acquireBroker } from '../broker';
import { ProgressBar } from '../progress';
import type { Cleanup } from './cleanup';
import { loadDemoDocuments } from './demo-kb';
import type { ModeTarget } from './mode-target';
import { WORKSPACE_ROOT } from './workspace';

const TENANT_NAME = 'Northwind Outfitters (bench)';
const DOCUMENT_ACTIVE_TIMEOUT_MS = 120_000;
const SERVICE_COUNT = 8;

/**
 * The distributed mode on this machine: a broker (KAFKA_BROKERS, or start.sh), a new
 * PostgreSQL database, the eight service apps as processes, then a tenant and the demo help
 * centre uploaded through the public API, as an operator would set up a shop.
 */
export async function startDistributed(cleanup: Cleanup, envBrokers: readonly string[] | undefined, gatewayEnv: Readonly<Record<string, string>>): Promise<ModeTarget> {
  const started = performance.now();
  const broker = await acquireBroker(envBrokers);
  cleanup.add('release the broker', () => broker.release());
  // The harness reads the broker list from the environment (kafkaBrokersFromEnv), as the e2e
  // specs get it from the test command; this is the bench's composition root, so set it here.
  process.env['KAFKA_BROKERS'] = broker.brokers.join(',');

  const database = await createTestDatabase('bench_query');
  cleanup.add(`drop database ${database.name}`, () => database.drop());
  const platform = new Platform({ databaseUrl: database.url, env: { gateway: { ...gatewayEnv } } });
  cleanup.add('stop the eight services', () => platform.stop());
  let up = 0;
  const startBar = new ProgressBar('distributed: start the eight services', SERVICE_COUNT, () => up);
  const platformStart = platform.start();
  let starting = true;
  // Not awaited: its last pass may end up to a second later, which must not count as startup.
  void (async () => {
    while (starting) {
      up = await countReady(platform);
      await sleep(1000);
    }
  })();
  try {
    await platformStart;
  } catch (error) {
    startBar.finish('failed');
    throw error;
  } finally {
    starting = false;
  }
  up = SERVICE_COUNT;
  startBar.finish(`logs in ${path.relative(WORKSPACE_ROOT, platform.logDir)}`);

  const gateway = new GatewayClient(platform.service('gateway').url);
  const tenant = await gateway.createTenant(platform.adminToken, TENANT_NAME);
  const documents = loadDemoDocuments();
  let active = 0;
  const seedBar = new ProgressBar('distributed: upload the demo knowledge base', documents.length, () => active);
  try {
    const ids = [];
    for (const document of documents) ids.push(await gateway.uploadMarkdown(tenant.adminKey, document.title, document.content, document.language));
    for (const id of ids) {
      await gateway.waitDocumentActive(tenant.adminKey, id, DOCUMENT_ACTIVE_TIMEOUT_MS);
      active += 1;
    }
  } catch (error) {
    seedBar.finish('failed');
    throw error;
  }
  seedBar.finish();

  let customers = 0;
  return {
    mode: 'distributed',
    baseUrl: platform.service('gateway').url,
    startupMs: performance.now() - started,
    processes: () => new Map([...platform.services].map(([name, service]) => [name, service.pid])),
    newCustomer: () => gateway.token(tenant.adminKey, `bench-customer-${++customers}`, ['customer']),
    details: {
      brokers: broker.brokers,
      brokerStartedByBench: broker.startedByBench,
      database: database.name,
      kafkaNamespace: platform.namespace,
      logs: path.relative(WORKSPACE_ROOT, platform.logDir),
    },
  };
}

/** For the progress bar only: how many services answer /health/ready so far. */
async function countReady(platform: Platform): Promise<number> {
  const answers = await Promise.all(
    [...platform.services.values()].map((service) =>
      fetch(`${service.url}/health/ready`, { signal: AbortSignal.timeout(800) }).then(
        (response) => response.ok,
        () => false,
      ),
    ),
  );
  return answers.filter(Boolean).length;
}
