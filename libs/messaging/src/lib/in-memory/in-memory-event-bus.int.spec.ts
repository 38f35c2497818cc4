import { describeEventBusBehaviour } from '../../test/event-bus.behaviour';
import { inMemoryHarness } from '../../test/in-memory.harness';

// Integration tier: the bus is in memory, but the outbox and inbox run on real PostgreSQL.
describeEventBusBehaviour('in-memory', inMemoryHarness);
