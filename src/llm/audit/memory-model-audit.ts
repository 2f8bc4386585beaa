import type { ModelAuditSink, ModelCallEntry } from '../llm-port';

/** The in-process twin of the Db audit sink, for the CLI without a database and for tests. */
export interface MemoryModelAuditSink extends ModelAuditSink {
  readonly entries: ReadonlyArray<ModelCallEntry>;
}

export function createMemoryModelAuditSink(): MemoryModelAuditSink {
  const entries: ModelCallEntry[] = [];
  return {
    entries,
    async record(entry: ModelCallEntry): Promise<void> {
      entries.push(structuredClone(entry));
    },
  };
}
