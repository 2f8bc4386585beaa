import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PROMPTS_DIR, parsePromptFile, PROMPT_TASKS, PromptRegistry } from '../../../src/llm/prompt-registry';

const good = (task = 'answer-question') => `---\ntask: ${task}\nversion: 2\noutput: answer\ninputs: question\n---\n## system\nAnswer. Schema: {{output_schema}}\n## user\nQ: {{question}}\n`;

describe('the prompt registry', () => {
  it('loads one versioned prompt per task from prompts/, each declaring its output schema', () => {
    const r = PromptRegistry.load();
    for (const task of PROMPT_TASKS) {
      const t = r.get(task);
      expect(t.version).toMatch(/^\d+/);
      expect(t.system.length).toBeGreaterThan(50);
    }
    expect(r.get('summarise-call').output).toBe('call-summary');
    expect(r.get('summarise-chunk').output).toBe('call-notes');
    expect(r.jsonSchema('call-summary')).toMatchObject({ type: 'object', required: expect.arrayContaining(['summary', 'action_items']) });
  });

  it('renders values in one pass, so text that looks like a placeholder stays text', () => {
    const r = PromptRegistry.load();
    const p = r.render('classify-message', { intents: 'help, unknown', today: '2026-11-25', timezone: 'UTC', message: 'hi {{intents}}' });
    expect(p.user).toContain('hi {{intents}}');
    expect(p.system).toContain('help, unknown');
    expect(p.system).toContain('"confidence"'); // the output schema is filled in
    expect(p.version).toBe(r.get('classify-message').version);
    expect(() => r.render('classify-message', { intents: 'x' })).toThrow(/needs a value for today/);
  });

  it('parses a well-formed file', () => {
    expect(parsePromptFile(good(), 'x.md')).toMatchObject({ task: 'answer-question', version: '2', output: 'answer', inputs: ['question'] });
  });

  it.each([
    ['no header', 'just text', /--- header ---/],
    ['a bad header line', good().replace('version: 2', 'version 2'), /not "key: value"/],
    ['an unknown schema', good().replace('output: answer', 'output: poem'), /bad header: output/],
    ['a bad version', good().replace('version: 2', 'version: two'), /version/],
    ['no system section', good().replace('## system', '## intro'), /"## system"/],
    ['no user section', good().replace('## user', '## other'), /"## user"/],
    ['an undeclared placeholder', good().replace('{{question}}', '{{question}} {{secret}}'), /uses \{\{secret\}\}/],
    ['an unused input', good().replace('inputs: question', 'inputs: question, extra'), /never uses it/],
  ])('refuses a file with %s', (_what, text, err) => {
    expect(() => parsePromptFile(text, 'bad.md')).toThrow(err);
  });

  it('fails at start-up when a prompt file is missing or named for another task', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prompts-'));
    try {
      expect(() => PromptRegistry.load(dir)).toThrow(/summarise-call\.md is missing/);
      for (const t of PROMPT_TASKS) fs.copyFileSync(path.join(DEFAULT_PROMPTS_DIR, `${t}.md`), path.join(dir, `${t}.md`));
      fs.writeFileSync(path.join(dir, 'classify-message.md'), good('answer-question'));
      expect(() => PromptRegistry.load(dir)).toThrow(/says task "answer-question" but is named for "classify-message"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
