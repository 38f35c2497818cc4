import { describeEventBusBehaviour } from '../../test/event-bus.behaviour';
import { kafkaHarness } from '../../test/kafka.harness';

// Runs against the real broker from KAFKA_BROKERS (started by `npm test` when unset).
describeEventBusBehaviour('kafka', kafkaHarness);
