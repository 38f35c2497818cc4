// Hammers the embedded database from many pooled connections at once: parameterised queries
// (Parse/Bind/Execute/Sync), transactions that wait mid-way, and rollbacks. Prints one JSON
// line with the counts; the int spec runs it in a child process (PGlite loads WebAssembly
// through dynamic import, which Jest's CommonJS runtime does not support).
import { Pool } from 'pg';
import { startEmbeddedDatabase } from '../lib/embedded/embedded-database';

async function main(): Promise<void> {
  const database = await startEmbeddedDatabase();
  const pools = Array.from({ length: 6 }, () => new Pool({ connectionString: database.url, max: 3 }));
  await pools[0]!.query('CREATE TABLE t (id int PRIMARY KEY, v text)');
  let errors = 0;
  let wrong = 0;
  const messages: string[] = [];
  const work = async (pool: Pool, i: number): Promise<void> => {
    try {
      if (i % 4 === 0) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('INSERT INTO t VALUES ($1, $2)', [i, `x${i}`]);
          await new Promise((resolve) => setTimeout(resolve, 1));
          const seen = await client.query<{ n: string }>('SELECT count(*) AS n FROM t WHERE id = $1', [i]);
          if (seen.rows[0]!.n !== '1') wrong++;
          await client.query(i % 8 === 0 ? 'ROLLBACK' : 'COMMIT');
        } finally {
          client.release();
        }
      } else if (i % 4 === 1) {
        await pool.query('SELECT 1');
      } else {
        const result = await pool.query<{ x: number; y: string }>('SELECT $1::int + 1 AS x, $2::text AS y', [i, `v${i}`]);
        if (result.rows[0]!.x !== i + 1 || result.rows[0]!.y !== `v${i}`) wrong++;
      }
    } catch (error) {
      errors++;
      if (messages.length < 3) messages.push((error as Error).message);
    }
  };
  await Promise.all(Array.from({ length: 800 }, (_, i) => work(pools[i % pools.length]!, i)));
  const committed = await pools[0]!.query<{ n: string }>('SELECT count(*) AS n FROM t');
  for (const pool of pools) await pool.end();
  await database.close();
  process.stdout.write(`${JSON.stringify({ errors, wrong, committed: Number(committed.rows[0]!.n), messages })}\n`);
}

void main();
