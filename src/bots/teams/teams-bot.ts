import { CardFactory, TeamsActivityHandler, type MessagingExtensionAction, type MessagingExtensionActionResponse, type TurnContext } from 'botbuilder';
import { recordEventOnce } from '../../intents/services';
import { describeZodIssues, isAppError } from '../../shared/app-error';
import { detectLanguage } from '../../shared/language';
import type { IncomingActivity } from './activity-schema';
import { CREATE_TICKET_COMMAND, prefillFromMessage, ticketFormCard, ticketFormSchema, ticketRequestText } from './message-action';
import { resolveTeamsActor } from './teams-identity';
import { teamsSay } from './teams-messages';
import { handleInstall, handleMessage, type TeamsTurnDeps } from './teams-turn';

/**
 * Teams events in, through the SDK's dispatch: messages (personal, group, channel @mentions, card
 * buttons) and the "Create ticket from message" action. Message turns run after the activity was
 * acknowledged (see mount-teams.ts); invokes answer in the same HTTP exchange.
 */
export class TeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsTurnDeps) {
    super();
    this.onMessage(async (ctx, next) => {
      const inbound = ctx.activity as unknown as IncomingActivity;
      // Teams message ids are only unique within a conversation, so the conversation is part of the key.
      if (inbound.id && !(await recordEventOnce(this.deps.db, `teams:${inbound.conversation.id}:${inbound.id}`, 'teams'))) {
        this.deps.log.debug({ activity: inbound.id }, 'teams activity already processed; retry dropped');
      } else {
        await handleMessage(ctx, inbound, this.deps);
      }
      await next();
    });
    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      const personal = ctx.activity.conversation?.conversationType === 'personal';
      if (personal && ctx.activity.membersAdded?.some((m) => m.id === botId)) await handleInstall(ctx, this.deps);
      await next();
    });
  }

  protected override async handleTeamsMessagingExtensionFetchTask(ctx: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== CREATE_TICKET_COMMAND) return super.handleTeamsMessagingExtensionFetchTask(ctx, action);
    const prefill = prefillFromMessage(action.messagePayload);
    const lang = detectLanguage(prefill.description);
    return {
      task: {
        type: 'continue',
        value: { title: teamsSay(lang, 'ticket_form_title'), width: 'medium', height: 'medium', card: CardFactory.adaptiveCard(ticketFormCard(prefill, lang)) },
      },
    };
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(ctx: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== CREATE_TICKET_COMMAND) return super.handleTeamsMessagingExtensionSubmitAction(ctx, action);
    const message = (value: string): MessagingExtensionActionResponse => ({ task: { type: 'message', value } });
    const form = ticketFormSchema.safeParse(action.data);
    const lang = detectLanguage(JSON.stringify(action.data ?? ''));
    if (!form.success) return message(describeZodIssues(form.error.issues));
    const who = await resolveTeamsActor(ctx, this.deps.db, ctx.activity.from.id);
    if (!who.actor?.id) return message(teamsSay(lang, 'not_registered', { email: who.email ? ` (${who.email})` : '' }));
    try {
      // Its own thread, so a half-finished dialogue in the chat is left alone; submitting the form is the confirmation.
      const reply = await this.deps.engine.handle({
        surface: 'teams',
        channel: ctx.activity.conversation.id,
        thread: `action:${ctx.activity.id ?? Date.now()}`,
        actor: who.actor,
        text: ticketRequestText(form.data),
        eventId: ctx.activity.id,
        yes: true,
      });
      return message(reply.reply);
    } catch (e) {
      if (isAppError(e)) return message(e.message);
      this.deps.log.error({ err: e }, 'create ticket from message failed');
      return message(teamsSay(lang, 'error'));
    }
  }
}
