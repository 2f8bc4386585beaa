/**
 * Our own labelled chat messages (never the dev set's lines): they train the intent classifier
 * and double as behaviour tests (test/unit/nlu/own-utterances.test.ts).
 */
import { OWN_CASES, type OwnCase } from './utterances-1';
import { OWN_CASES_2 } from './utterances-2';
import { OWN_CASES_3 } from './utterances-3';
import { OWN_CASES_4 } from './utterances-4';
import { OWN_CASES_5 } from './utterances-5';
import { OWN_CASES_6 } from './utterances-6';
import { OWN_CASES_7 } from './utterances-7';
import { OWN_CASES_8 } from './utterances-8';
import { OWN_CASES_9 } from './utterances-9';

export type { OwnCase };
export const TRAINING_BATCHES: OwnCase[][] = [OWN_CASES, OWN_CASES_2, OWN_CASES_3, OWN_CASES_4, OWN_CASES_5, OWN_CASES_6, OWN_CASES_7, OWN_CASES_8, OWN_CASES_9];
export const TRAINING_UTTERANCES: OwnCase[] = TRAINING_BATCHES.flat();
