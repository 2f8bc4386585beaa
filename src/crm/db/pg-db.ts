import pg from 'pg';
import type { Db, DbInfo, Queryable, QueryResult } from '../../shared/db';

// Dates (not timestamps) stay 'YYYY-MM-DD' strings: a calendar day has no time zone.
pg.types.setTypeParser(1082, (v: string) => v);
// numeric as JS number: amounts are at most 14 digits with 2 decimals, well inside float precision.
pg.types.setTypeParser(1700, (v: string) => Number(v));
// bigint counts (count(*)) as numbers.
pg.types.setTypeParser(20, (v: string) => Number(v));

export class PgDb implements Db {
  constructor(
    private readonly pool: pg.Pool,
    readonly info: DbInfo,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {
    // An idle client losing its connection must not crash the process.
    pool.on('error', () => {});
  }

  async query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
    const r = await this.pool.query(sql, params as unknown[]);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const q: Queryable = {
      query: async <R>(sql: string, params: readonly unknown[] = []) => {
        const r = await client.query(sql, params as unknown[]);
        return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
      },
    };
    try {
      await client.query('BEGIN');
      const out = await fn(q);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
    await this.onClose();
  }
}

export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}
