import type { Readable, Writable } from 'node:stream';

/** What a CLI command reads and writes; tests pass in-memory streams. */
export interface CommandIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export const processIO = (): CommandIO => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

/** One JSON value per line on stdout, as the contract says. */
export function writeJsonLine(io: CommandIO, value: unknown): void {
  io.stdout.write(JSON.stringify(value) + '\n');
}
