import type { z } from 'zod';
import { describeZodIssues } from '../../shared/app-error';
import { accountLine } from './account.line';
import { activityLine } from './activity.line';
import { contactLine } from './contact.line';
import { dealLine } from './deal.line';
import { LINE_TYPES, type ImportLine, type LineHandler, type LineType, type SchemaEnv } from './line-handler';
import { ticketLine } from './ticket.line';
import { userLine } from './user.line';

export const LINE_HANDLERS: Record<LineType, LineHandler> = {
  user: userLine,
  account: accountLine,
  contact: contactLine,
  deal: dealLine,
  ticket: ticketLine,
  activity: activityLine,
};

export type ParseResult = { ok: true; handler: LineHandler; rec: ImportLine } | { ok: false; error: string };

/** Turns one raw line into a validated record of a known type, or a reason a person can act on. */
export class LineParser {
  private readonly schemas = new Map<LineType, z.ZodType<ImportLine>>();

  constructor(private readonly env: SchemaEnv) {}

  parse(raw: string): ParseResult {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      return { ok: false, error: `not valid JSON (${(e as Error).message})` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, error: 'not a JSON object' };
    }
    const type = (value as { type?: unknown }).type;
    if (type === undefined) return { ok: false, error: `type: is required (one of ${LINE_TYPES.join(', ')})` };
    if (typeof type !== 'string' || !(LINE_TYPES as readonly string[]).includes(type)) {
      return { ok: false, error: `type: unknown type ${JSON.stringify(type)} (expected one of ${LINE_TYPES.join(', ')})` };
    }
    const handler = LINE_HANDLERS[type as LineType];
    const r = this.schema(handler).safeParse(value);
    if (!r.success) return { ok: false, error: describeZodIssues(r.error.issues) };
    return { ok: true, handler, rec: r.data };
  }

  private schema(handler: LineHandler): z.ZodType<ImportLine> {
    let s = this.schemas.get(handler.type);
    if (!s) {
      s = handler.schema(this.env);
      this.schemas.set(handler.type, s);
    }
    return s;
  }
}
