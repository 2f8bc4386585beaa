import { AppError } from '../../../../src/shared/app-error';
import type { Db } from '../../../../src/shared/db';

/** For workers that serve only `notify`, which needs no database: any query is a clear error. */
export const noDb: Db = {
  query: async () => Promise.reject(new AppError('unavailable', 'no database in this worker')),
  tx: async () => Promise.reject(new AppError('unavailable', 'no database in this worker')),
  info: { engine: 'postgres', vector: false, location: 'none' },
  close: async () => {},
};
