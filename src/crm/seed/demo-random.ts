import type { Faker } from '@faker-js/faker' with { 'resolution-mode': 'import' };

export const DEMO_SEED = 20261125;
export const DAY_MS = 86_400_000;

/** Two seeded fakers (English, Simplified Chinese): the same seed always yields the same demo. */
export class DemoRandom {
  private constructor(
    readonly en: Faker,
    readonly zh: Faker,
  ) {}

  static async create(seed = DEMO_SEED): Promise<DemoRandom> {
    // faker is an ES module; a dynamic import keeps this CommonJS code loadable by tsx and jest alike.
    const { Faker: F, base, en, zh_CN } = await import('@faker-js/faker');
    const r = new DemoRandom(new F({ locale: [en, base] }), new F({ locale: [zh_CN, en, base] }));
    r.en.seed(seed);
    r.zh.seed(seed + 1);
    return r;
  }

  uuid(): string {
    return this.en.string.uuid();
  }

  int(min: number, max: number): number {
    return this.en.number.int({ min, max });
  }

  float(min: number, max: number): number {
    return this.en.number.float({ min, max });
  }

  chance(p: number): boolean {
    return this.en.number.float({ min: 0, max: 1 }) < p;
  }

  pick<T>(items: readonly T[]): T {
    return this.en.helpers.arrayElement(items);
  }

  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    return this.en.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })));
  }

  /** A moment between from and to. */
  between(from: Date, to: Date): Date {
    if (to.getTime() <= from.getTime()) return new Date(from);
    return new Date(this.int(from.getTime(), to.getTime()));
  }
}

export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);
export const addHours = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);
export const minDate = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
