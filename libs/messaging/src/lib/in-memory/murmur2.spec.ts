import { murmur2, partitionForKey } from './murmur2';

describe('murmur2 (Kafka default partitioner)', () => {
  // Reference values from the Java client's Utils.murmur2 test vectors.
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ])('hashes %s like the Java client', (input, expected) => {
    expect(murmur2(Buffer.from(input))).toBe(expected);
  });

  it('keeps partitions in range and stable per key', () => {
    for (let i = 0; i < 200; i++) {
      const p = partitionForKey(`conversation-${i}`, 7);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(7);
      expect(partitionForKey(`conversation-${i}`, 7)).toBe(p);
    }
  });
});
