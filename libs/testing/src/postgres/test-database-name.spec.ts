import { quoteDatabaseName, testDatabaseName } from './test-database-name';

describe('testDatabaseName', () => {
  it('builds sw_<prefix>_<suffix>', () => {
    expect(testDatabaseName('outbox', 'a1b2c3d4')).toBe('sw_outbox_a1b2c3d4');
  });

  it.each(['', 'Outbox', '1abc', 'a-b', 'a;drop', 'x'.repeat(41)])('rejects the prefix %j', (prefix) => {
    expect(() => testDatabaseName(prefix, 'ab12')).toThrow(/prefix/);
  });

  it('refuses to quote anything that is not a test database name', () => {
    expect(quoteDatabaseName('sw_outbox_ab12')).toBe('"sw_outbox_ab12"');
    for (const name of ['postgres', 'test', 'sw_%', 'sw_outbox_ab12" OR 1=1', `sw_${'a'.repeat(60)}_ab`]) {
      expect(() => quoteDatabaseName(name)).toThrow(/refusing/);
    }
  });
});
