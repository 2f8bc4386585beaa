import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../shared/app-error';
import { OUTPUT_SCHEMAS, type OutputSchemaName } from './output-schemas';

/**
 * Prompts live in prompts/<task>.md, one per model task: a header of `key: value` lines between
 * `---` fences (task, version, output schema name, inputs), then `## system` and `## user`
 * sections with {{placeholders}}. Loaded and checked once at start-up, so a broken prompt
 * stops the process instead of a conversation. `{{output_schema}}` is always available: the
 * JSON Schema of the declared output, generated from the zod schema the answer is checked with.
 */
export const PROMPT_TASKS = ['summarise-call', 'summarise-chunk', 'answer-question', 'classify-message'] as const;
export type PromptTask = (typeof PROMPT_TASKS)[number];

export const DEFAULT_PROMPTS_DIR = path.resolve(__dirname, '../../prompts');

const headerSchema = z.object({
  task: z.enum(PROMPT_TASKS),
  version: z.string().regex(/^\d+(?:\.\d+)*$/, 'must be a number such as 1 or 2.1'),
  output: z.enum(Object.keys(OUTPUT_SCHEMAS) as [OutputSchemaName, ...OutputSchemaName[]]),
  inputs: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
});

export interface PromptTemplate {
  task: PromptTask;
  version: string;
  output: OutputSchemaName;
  inputs: string[];
  system: string;
  user: string;
}

export interface RenderedPrompt {
  task: PromptTask;
  version: string;
  output: OutputSchemaName;
  system: string;
  user: string;
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;
const IMPLICIT = ['output_schema'];

function fail(file: string, problem: string): never {
  throw new AppError('config', `Prompt file ${file} ${problem}`);
}

export function parsePromptFile(text: string, file: string): PromptTemplate {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!m) fail(file, 'must start with a --- header --- block');
  const header: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([a-z_]+):\s*(.*)$/.exec(line.trim());
    if (kv) header[kv[1]!] = kv[2]!.trim();
    else if (line.trim()) fail(file, `has a header line that is not "key: value": ${line.trim()}`);
  }
  const parsed = headerSchema.safeParse(header);
  if (!parsed.success) fail(file, `has a bad header: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const sections = m[2]!.split(/^##\s+(system|user)\s*$/m);
  const system = sections[sections.indexOf('system') + 1]?.trim();
  const user = sections[sections.indexOf('user') + 1]?.trim();
  if (!sections.includes('system') || !system) fail(file, 'needs a non-empty "## system" section');
  if (!sections.includes('user') || !user) fail(file, 'needs a non-empty "## user" section');
  const used = new Set([...`${system}\n${user}`.matchAll(PLACEHOLDER)].map((p) => p[1]!));
  const declared = new Set([...parsed.data.inputs, ...IMPLICIT]);
  for (const u of used) if (!declared.has(u)) fail(file, `uses {{${u}}} but does not declare it in inputs`);
  for (const d of parsed.data.inputs) if (!used.has(d)) fail(file, `declares input "${d}" but never uses it`);
  return { ...parsed.data, system, user };
}

export class PromptRegistry {
  private readonly schemaText = new Map<OutputSchemaName, string>();

  private constructor(private readonly templates: ReadonlyMap<PromptTask, PromptTemplate>) {
    for (const name of Object.keys(OUTPUT_SCHEMAS) as OutputSchemaName[]) {
      // "$schema" is dropped: some OpenAI-compatible servers refuse keywords outside their subset.
      const { $schema: _ignored, ...schema } = z.toJSONSchema(OUTPUT_SCHEMAS[name]) as Record<string, unknown>;
      this.schemaText.set(name, JSON.stringify(schema));
    }
  }

  /** Reads every task's prompt from dir; throws a config AppError naming the file when one is missing or wrong. */
  static load(dir: string = DEFAULT_PROMPTS_DIR): PromptRegistry {
    const templates = new Map<PromptTask, PromptTemplate>();
    for (const task of PROMPT_TASKS) {
      const file = path.join(dir, `${task}.md`);
      if (!fs.existsSync(file)) throw new AppError('config', `Prompt file ${file} is missing`);
      const t = parsePromptFile(fs.readFileSync(file, 'utf8'), file);
      if (t.task !== task) fail(file, `says task "${t.task}" but is named for "${task}"`);
      templates.set(task, t);
    }
    return new PromptRegistry(templates);
  }

  get(task: PromptTask): PromptTemplate {
    return this.templates.get(task)!;
  }

  /** The JSON Schema text of an output (also sent to the model as the response format). */
  jsonSchema(name: OutputSchemaName): Record<string, unknown> {
    return JSON.parse(this.schemaText.get(name)!) as Record<string, unknown>;
  }

  /** Fills the placeholders in one pass, so a value that contains "{{x}}" is never expanded. */
  render(task: PromptTask, vars: Record<string, string>): RenderedPrompt {
    const t = this.get(task);
    const all: Record<string, string> = { ...vars, output_schema: this.schemaText.get(t.output)! };
    for (const input of t.inputs) {
      if (all[input] === undefined) throw new AppError('internal', `Prompt ${task} needs a value for ${input}`);
    }
    const fill = (s: string): string => s.replace(PLACEHOLDER, (_, name: string) => all[name]!);
    return { task, version: t.version, output: t.output, system: fill(t.system), user: fill(t.user) };
  }
}
