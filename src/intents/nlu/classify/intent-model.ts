import { INTENTS, type IntentName } from '../../../shared/contract/contract';
import type { Analysis } from '../analyse';
import { NaiveBayes, modelFeatures } from './naive-bayes';

/** How much the classifier's opinion weighs against the cues (a point is one ordinary cue). */
export const MODEL_WEIGHT = 2.5;
/** Softens the classifier's log-probabilities before they are turned into shares. */
export const MODEL_TEMPERATURE = 3;

export type IntentModel = NaiveBayes<IntentName>;

export function featuresOf(a: Pick<Analysis, 'modelText' | 'prep' | 'lc'>): string[] {
  return modelFeatures(a.modelText, { multiline: !!a.prep.transcript, question: /[?？]|多少|几|吗/.test(a.lc) });
}

export function trainModel(examples: Array<{ analysis: Analysis; intent: IntentName }>): IntentModel {
  const nb = new NaiveBayes<IntentName>();
  for (const e of examples) nb.train(featuresOf(e.analysis), e.intent);
  return nb;
}

/** Rule scores plus the classifier's share of belief in each intent, scaled to cue points. */
export function blend(rules: Record<IntentName, number>, model: IntentModel | null, a: Analysis, weight = MODEL_WEIGHT, temperature = MODEL_TEMPERATURE): Record<IntentName, number> {
  if (!model) return rules;
  const log = model.scores(featuresOf(a));
  const max = Math.max(...log.values());
  let sum = 0;
  const share = new Map<IntentName, number>();
  for (const [k, v] of log) {
    const e = Math.exp((v - max) / temperature);
    share.set(k, e);
    sum += e;
  }
  const out = { ...rules };
  for (const i of INTENTS) out[i] += weight * ((share.get(i) ?? 0) / sum);
  return out;
}
