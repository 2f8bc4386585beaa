import type OpenAI from 'openai';
import type { z } from 'zod';
import type { PromptRegistry, PromptTask } from '../prompt-registry';
import { InvalidOutputError } from './fallback-reason';

/**
 * One chat completion that must answer JSON matching the prompt's declared schema: sent as a
 * json_schema response format (non-strict, which OpenAI, Azure, Ollama and vLLM all accept),
 * then parsed and checked with the same zod schema. Anything else is an InvalidOutputError.
 */
export interface ChatJsonResult<T> {
  data: T;
  version: string;
  promptTokens: number;
  completionTokens: number;
}

export interface ChatJsonDeps {
  client: OpenAI;
  model: string;
  prompts: PromptRegistry;
}

/** Model text between our delimiters cannot close them early ("</call>" in a transcript). */
export const fenceSafe = (s: string): string => s.replace(/<(\/?)(call|part|records|message)>/gi, '‹$1$2›');

export async function chatJson<S extends z.ZodType>(
  deps: ChatJsonDeps,
  task: PromptTask,
  vars: Record<string, string>,
  schema: S,
): Promise<ChatJsonResult<z.infer<S>>> {
  const prompt = deps.prompts.render(task, vars);
  const res = await deps.client.chat.completions.create({
    model: deps.model,
    temperature: 0,
    messages: [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: prompt.output.replace(/-/g, '_'), schema: deps.prompts.jsonSchema(prompt.output), strict: false },
    },
  });
  const content = res.choices?.[0]?.message?.content ?? '';
  let json: unknown;
  try {
    json = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    throw new InvalidOutputError(`not JSON: ${content.slice(0, 80)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidOutputError(`does not match ${prompt.output}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim());
  }
  return {
    data: parsed.data,
    version: `${task}@${prompt.version}`,
    promptTokens: res.usage?.prompt_tokens ?? 0,
    completionTokens: res.usage?.completion_tokens ?? 0,
  };
}
