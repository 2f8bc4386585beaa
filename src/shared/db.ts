/** The database port every module uses: parameterised SQL only, on PostgreSQL or PGlite alike. */
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
}

export interface Db extends Queryable {
  /** Runs fn in one transaction on one connection; rolls back if it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  readonly info: DbInfo;
  close(): Promise<void>;
}

export interface DbInfo {
  engine: 'postgres' | 'pglite';
  /** Whether the vector extension is installed, so semantic search is on. */
  vector: boolean;
  /** Where it lives, without credentials. */
  location: string;
}
