import type { Range } from './calendar';
import type { Unit } from './period-rules';

/** Shared by the date, period and range finders, kept apart so none of them imports another for a type. */
export interface PeriodMatch {
  range: Range;
  index: number;
  end: number;
  text: string;
  unit: Unit;
}

/** What relative words resolve against: the message time in the user's zone. */
export interface DateRef {
  now: Date;
  tz: string;
}
