import { z } from 'zod';

/**
 * The part of a Bot Framework activity this bot relies on, checked before the SDK sees it:
 * a body that is not an activity is a 400 here, not a crash deeper in a turn.
 * Loose objects, because channels add fields freely and the SDK needs them intact.
 */
const account = z.looseObject({ id: z.string().min(1).max(500), name: z.string().max(500).optional(), aadObjectId: z.string().max(100).optional() });

export const attachmentSchema = z.looseObject({
  contentType: z.string().max(200),
  contentUrl: z.string().max(4000).optional(),
  name: z.string().max(500).optional(),
  content: z.unknown().optional(),
});

export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(100),
  id: z.string().max(500).optional(),
  channelId: z.string().min(1).max(100),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: account,
  recipient: account.optional(),
  conversation: z.looseObject({
    id: z.string().min(1).max(1000),
    conversationType: z.string().max(50).optional(),
    tenantId: z.string().max(100).optional(),
    isGroup: z.boolean().optional(),
  }),
  text: z.string().max(100_000).optional(),
  value: z.unknown().optional(),
  name: z.string().max(200).optional(),
  replyToId: z.string().max(500).optional(),
  localTimezone: z.string().max(100).optional(),
  attachments: z.array(attachmentSchema).max(50).optional(),
  entities: z.array(z.looseObject({ type: z.string().optional() })).max(100).optional(),
  channelData: z.looseObject({}).optional(),
});

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;
