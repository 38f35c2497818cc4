#!/usr/bin/env node
// Readiness probe for the local Kafka broker (used by start.sh).
// Retries until the deadline: admin connect -> describeCluster() -> create a probe topic
// (waiting for its leader) -> delete it -> describeGroups (creates __consumer_offsets). Exit 0 when one full round succeeds, 1 on timeout
// or when the watched broker process (--pid) dies. Writes only to stderr.
//
// kafkajs is resolved like any CommonJS require from this file's location, i.e. from the
// repository's node_modules (NODE_PATH is honoured too).
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';

const HELP = `Usage: node wait-ready.mjs [--brokers host:port[,host:port]] [--timeout seconds] [--pid pid]

Waits until a Kafka broker answers a real metadata round trip (describeCluster, create and
delete a probe topic). Exits 0 when ready, 1 on timeout or if --pid stops running.

  --brokers   bootstrap brokers (default: $KAFKA_BROKERS or 127.0.0.1:19092)
  --timeout   seconds to keep retrying (default: 60)
  --pid       broker process to watch; give up early if it exits
  --quiet     do not print per-attempt errors
  --check     only check that kafkajs can be loaded (exit 0, or 2 when it cannot)
`;

function parseArgs(argv) {
  const opts = {
    brokers: process.env.KAFKA_BROKERS || '127.0.0.1:19092',
    timeout: 60,
    pid: undefined,
    quiet: false,
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '-h':
      case '--help':
        process.stdout.write(HELP);
        process.exit(0);
        break;
      case '--brokers':
        opts.brokers = value();
        break;
      case '--timeout':
        opts.timeout = Number(value());
        break;
      case '--pid':
        opts.pid = Number(value());
        break;
      case '--quiet':
        opts.quiet = true;
        break;
      case '--check':
        opts.check = true;
        break;
      default:
        throw new Error(`unknown argument: ${arg}`);
    }
  }
  if (!Number.isFinite(opts.timeout) || opts.timeout <= 0) throw new Error('--timeout must be > 0');
  return opts;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid) {
  if (pid === undefined) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function probeOnce(Kafka, logLevel, brokers) {
  const kafka = new Kafka({
    clientId: 'sagewire-kafka-wait-ready',
    brokers,
    connectionTimeout: 2000,
    requestTimeout: 10000,
    retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1000 },
    logLevel,
  });
  const admin = kafka.admin();
  const topic = `sagewire-ready-probe-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (!cluster.brokers.length) throw new Error('describeCluster returned no brokers');
    await admin.createTopics({
      waitForLeaders: true,
      timeout: 10000,
      topics: [{ topic, numPartitions: 1, replicationFactor: 1 }],
    });
    await admin.deleteTopics({ topics: [topic], timeout: 10000 });
    // FindCoordinator makes the broker create __consumer_offsets now, so the first consumer
    // group of a test does not pay for it (nor log "group coordinator is not available").
    await admin.describeGroups(['sagewire-ready-probe']);
    return cluster;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const require = createRequire(import.meta.url);
  let kafkajs;
  try {
    kafkajs = require('kafkajs');
  } catch (err) {
    process.stderr.write(
      `wait-ready: cannot load kafkajs (${err.code || err.message}); ` +
        'run `npm install` at the repository root (kafkajs is a dev dependency)\n',
    );
    return 2;
  }
  if (opts.check) return 0;
  const { Kafka, logLevel } = kafkajs;
  const brokers = opts.brokers.split(',').map((b) => b.trim()).filter(Boolean);
  const started = Date.now();
  const deadline = started + opts.timeout * 1000;
  let attempt = 0;
  let lastError = '';
  while (Date.now() < deadline) {
    attempt++;
    if (!alive(opts.pid)) {
      process.stderr.write(`wait-ready: broker process ${opts.pid} exited\n`);
      return 1;
    }
    try {
      const cluster = await probeOnce(Kafka, logLevel.NOTHING, brokers);
      process.stderr.write(
        `wait-ready: ${brokers.join(',')} ready after ${Date.now() - started} ms ` +
          `(attempt ${attempt}, cluster ${cluster.clusterId}, controller ${cluster.controller})\n`,
      );
      return 0;
    } catch (err) {
      const msg = `${err.name}: ${err.message}`;
      if (!opts.quiet && msg !== lastError) process.stderr.write(`wait-ready: attempt ${attempt}: ${msg}\n`);
      lastError = msg;
    }
    await sleep(Math.min(500, Math.max(0, deadline - Date.now())));
  }
  process.stderr.write(`wait-ready: ${brokers.join(',')} not ready after ${opts.timeout} s: ${lastError}\n`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`wait-ready: ${err.message}\n`);
    process.exit(2);
  },
);
