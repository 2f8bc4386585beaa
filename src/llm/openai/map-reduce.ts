import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { callNotesSchema, callSummarySchema, type CallNotes } from '../output-schemas';
import { chatJson, fenceSafe, type ChatJsonDeps, type ChatJsonResult } from './json-chat';

/**
 * Summarises a (masked) transcript with the model. A transcript longer than the budget is split
 * on turn boundaries by LangChain's RecursiveCharacterTextSplitter, each part is turned into
 * notes (map, a few at a time), and the notes are summarised into one CallSummary (reduce).
 */
export interface SummariseVars {
  language: string;
  today: string;
  timezone: string;
}

type Summary = ChatJsonResult<import('zod').infer<typeof callSummarySchema>>;

const MAP_CONCURRENCY = 3;

export async function splitTranscript(text: string, chunkChars: number): Promise<string[]> {
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: chunkChars,
    // A little overlap keeps a commitment and its reply in one part; the reduce step merges repeats.
    chunkOverlap: Math.min(200, Math.floor(chunkChars / 10)),
    separators: ['\n\n', '\n', '。', '. ', '，', ', ', ' ', ''],
  });
  return splitter.splitText(text);
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function summariseWithModel(
  deps: ChatJsonDeps,
  transcript: string,
  vars: SummariseVars,
  chunkChars: number,
): Promise<Summary & { parts: number }> {
  if (transcript.length <= chunkChars) {
    const one = await chatJson(deps, 'summarise-call', { ...vars, source_kind: 'a call transcript, one "Name: text" turn per line', content: fenceSafe(transcript) }, callSummarySchema);
    return { ...one, parts: 1 };
  }
  const chunks = await splitTranscript(transcript, chunkChars);
  const notes = await mapLimit(chunks, MAP_CONCURRENCY, (chunk, i) =>
    chatJson(deps, 'summarise-chunk', { ...vars, part: String(i + 1), parts: String(chunks.length), content: fenceSafe(chunk) }, callNotesSchema),
  );
  const content = notes.map((n, i) => `Part ${i + 1} of ${notes.length}:\n${JSON.stringify(n.data satisfies CallNotes)}`).join('\n\n');
  const reduced = await chatJson(
    deps,
    'summarise-call',
    { ...vars, source_kind: 'notes (JSON) taken on consecutive parts of one long call, in order; merge repeated items', content: fenceSafe(content) },
    callSummarySchema,
  );
  return {
    ...reduced,
    version: `${reduced.version}+${notes[0]!.version}`,
    promptTokens: reduced.promptTokens + notes.reduce((s, n) => s + n.promptTokens, 0),
    completionTokens: reduced.completionTokens + notes.reduce((s, n) => s + n.completionTokens, 0),
    parts: chunks.length,
  };
}
