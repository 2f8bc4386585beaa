import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { PgDb } from './pg-db';
import type { Db } from '../../shared/db';
import type { Logger } from '../../shared/logger';

/**
 * One owner per embedded data directory. The first process opens PGlite and serves it on a
 * Unix socket (pglite-socket multiplexes connections and keeps transactions apart); every
 * other process, and the owner itself, talks to it through `pg`. A lock file records the
 * owner's pid and socket so a stale one left by a crash is recognised and removed.
 */
const LOCK = 'owner.lock.json';

interface LockInfo {
  pid: number;
  socketDir: string;
}

export async function openEmbedded(dataDir: string, log: Logger): Promise<Db> {
  if (dataDir === 'memory://') return becomeOwner(null, log);
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 20; attempt++) {
    const existing = readLock(dir);
    if (existing && isAlive(existing.pid) && (await canConnect(socketFile(existing.socketDir)))) {
      log.debug({ pid: existing.pid }, 'embedded database served by another process; connecting to it');
      return asClient(existing.socketDir, dir);
    }
    if (existing) {
      log.warn({ pid: existing.pid }, 'removing a stale embedded-database lock left by a stopped process');
      removeLock(dir, existing);
    }
    const lock: LockInfo = { pid: process.pid, socketDir: chooseSocketDir(dir) };
    try {
      fs.writeFileSync(path.join(dir, LOCK), JSON.stringify(lock), { flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        await sleep(150);
        continue; // another process won the race; connect to it on the next round
      }
      throw e;
    }
    try {
      return await becomeOwner({ dir, lock }, log);
    } catch (e) {
      removeLock(dir, lock);
      throw e;
    }
  }
  throw new Error(`could not open the embedded database in ${dir}: another process holds it but does not answer`);
}

async function becomeOwner(disk: { dir: string; lock: LockInfo } | null, log: Logger): Promise<Db> {
  // Loaded lazily: a server deployment never pays for the WASM bundle.
  const { PGlite } = await import('@electric-sql/pglite');
  const { vector } = await import('@electric-sql/pglite-pgvector');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const socketDir = disk ? disk.lock.socketDir : fs.mkdtempSync(path.join(os.tmpdir(), 'crm-pgl-'));
  fs.mkdirSync(socketDir, { recursive: true });
  const sock = socketFile(socketDir);
  if (fs.existsSync(sock)) fs.rmSync(sock);
  const pglite = await PGlite.create(disk ? path.join(disk.dir, 'pgdata') : 'memory://', {
    extensions: { vector, pg_trgm },
  });
  const server = new PGLiteSocketServer({ db: pglite, path: sock, maxConnections: 64 });
  await server.start();
  log.debug({ socket: sock }, 'serving the embedded database');
  const pool = new pg.Pool({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres', max: 8 });
  return new PgDb(pool, { engine: 'pglite', vector: true, location: disk ? disk.dir : 'memory://' }, async () => {
    await server.stop();
    await pglite.close();
    if (disk) removeLock(disk.dir, disk.lock);
    else fs.rmSync(socketDir, { recursive: true, force: true });
  });
}

function asClient(socketDir: string, dir: string): Db {
  const pool = new pg.Pool({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres', max: 4 });
  return new PgDb(pool, { engine: 'pglite', vector: true, location: dir });
}

function chooseSocketDir(dir: string): string {
  // Unix socket paths are limited to ~107 bytes; long data paths get a short twin in tmp.
  if (socketFile(dir).length < 100) return dir;
  const hash = crypto.createHash('sha1').update(dir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `crm-${hash}`);
}

const socketFile = (socketDir: string) => path.join(socketDir, '.s.PGSQL.5432');

function readLock(dir: string): LockInfo | null {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, LOCK), 'utf8')) as Partial<LockInfo>;
    if (typeof raw.pid === 'number' && typeof raw.socketDir === 'string') return raw as LockInfo;
    return { pid: -1, socketDir: dir };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { pid: -1, socketDir: dir }; // unreadable lock: treat as stale
  }
}

function removeLock(dir: string, lock: LockInfo): void {
  fs.rmSync(socketFile(lock.socketDir), { force: true });
  fs.rmSync(path.join(dir, LOCK), { force: true });
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canConnect(sock: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(sock);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
