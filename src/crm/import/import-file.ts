import fs from 'node:fs/promises';
import readline from 'node:readline';
import { AppError } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import { importJsonl, type ImportOptions, type ImportReport } from './import-runner';

/**
 * Streams a JSON Lines file into importJsonl, so a file of any size is read in constant memory.
 * Only a file that cannot be opened at all is an error; bad lines are in the report.
 */
export async function importFile(db: Db, path: string, opts: ImportOptions): Promise<ImportReport> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
    const st = await handle.stat();
    if (st.isDirectory()) {
      await handle.close();
      throw new AppError('bad_input', `${path} is a directory, not a JSON Lines file.`);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `There is no file ${path}.`);
    if (code === 'EISDIR') throw new AppError('bad_input', `${path} is a directory, not a JSON Lines file.`);
    throw new AppError('bad_input', `Cannot read ${path}: ${(e as Error).message}`);
  }
  const stream = handle.createReadStream({ encoding: 'utf8' });
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  try {
    return await importJsonl(db, lines, { source: path, ...opts });
  } finally {
    lines.close();
    stream.destroy();
    await handle.close().catch(() => {});
  }
}
