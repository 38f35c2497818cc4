import { eventually } from '@sagewire/testing';
import type { IncomingMessage } from '../event-bus.port';
import { InMemoryEventBus } from '../in-memory/in-memory-event-bus.adapter';
import { NamespacedEventBus } from './namespaced-event-bus';

describe('NamespacedEventBus', () => {
  it('keeps two namespaces on one bus apart while handlers see the plain topic names', async () => {
    const shared = new InMemoryEventBus();
    const red = new NamespacedEventBus(shared, 'red');
    const blue = new NamespacedEventBus(shared, 'blue');
    const seen: { ns: string; message: IncomingMessage }[] = [];
    const wire: string[] = [];
    await red.subscribe({ groupId: 'svc', topics: ['orders.placed.v1'], fromBeginning: true, handler: (message) => Promise.resolve(void seen.push({ ns: 'red', message })) });
    await blue.subscribe({ groupId: 'svc', topics: ['orders.placed.v1'], fromBeginning: true, handler: (message) => Promise.resolve(void seen.push({ ns: 'blue', message })) });
    await shared.subscribe({ groupId: 'wire', topics: ['red.orders.placed.v1', 'blue.orders.placed.v1'], fromBeginning: true, handler: (m) => Promise.resolve(void wire.push(m.topic)) });

    await red.publish([{ topic: 'orders.placed.v1', key: 'k', value: Buffer.from('for red') }]);
    await blue.publish([{ topic: 'orders.placed.v1', key: 'k', value: Buffer.from('for blue') }]);

    await eventually(() => expect(seen).toHaveLength(2));
    expect(seen.map(({ ns, message }) => [ns, message.topic, message.value.toString()]).sort()).toEqual([
      ['blue', 'orders.placed.v1', 'for blue'],
      ['red', 'orders.placed.v1', 'for red'],
    ]);
    await eventually(() => expect(wire.sort()).toEqual(['blue.orders.placed.v1', 'red.orders.placed.v1']));
    await shared.close();
  });

  it('refuses a namespace that would make odd topic names', () => {
    expect(() => new NamespacedEventBus(new InMemoryEventBus(), 'Bad Name')).toThrow(/invalid bus namespace/);
  });
});
