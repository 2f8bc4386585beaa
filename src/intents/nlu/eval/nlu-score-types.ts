/** One labelled line of an NLU set (shared/devset/nlu.jsonl, test/unit/nlu/fixtures/redteam.jsonl). */
export interface GoldLine {
  id: string;
  text: string;
  now?: string;
  tz?: string;
  lang?: string;
  intent: string;
  entities: Record<string, unknown>;
}

/** One miss, for reports: a wrong intent (key absent) or a wrong or missing entity key. */
export interface NluMiss {
  id: string;
  text: string;
  key?: string;
  gold: unknown;
  got: unknown;
}

export interface NluScore {
  lines: number;
  intentAccuracy: number;
  /** Share of gold entity keys matched; 0 when the set has none. */
  entityAccuracy: number;
  slots: number;
  /** "gold -> predicted" → count */
  confusions: Map<string, number>;
  /** key → [matched, total] */
  perKey: Map<string, [number, number]>;
  /** lang → [intent right, lines] */
  perLang: Map<string, [number, number]>;
  misses: NluMiss[];
}
