import {
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type CloudAdapter,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
} from 'botbuilder';
import { recordEventOnce } from '../../intents/services';
import { describeZodIssues, isAppError } from '../../shared/app-error';
import { detectLanguage } from '../../shared/language';
import type { IncomingActivity } from './activity-schema';
import type { ConversationLanes } from './conversation-lanes';
import { CREATE_TICKET_COMMAND, prefillFromMessage, ticketFormCard, ticketFormSchema, ticketRequestText } from './message-action';
import { resolveTeamsActor } from './teams-identity';
import { teamsSay } from './teams-messages';
import { handleMessage, type TeamsTurnDeps } from './teams-turn';

export interface TeamsBotDeps extends TeamsTurnDeps {
  adapter: CloudAdapter;
  appId: string;
  lanes: ConversationLanes;
}

/**
 * Teams events in, through the SDK's dispatch: messages (personal, group, channel @mentions, card
 * buttons) and the "Create ticket from message" action. Messages are acknowledged at once and run in
 * their conversation's lane; invokes must answer in the same HTTP exchange, so they run inline.
 */
export class TeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.onMessage(async (ctx, next) => {
      await this.accept(ctx);
      await next();
    });
  }

  private async accept(ctx: TurnContext): Promise<void> {
    const inbound = JSON.parse(JSON.stringify(ctx.activity)) as IncomingActivity;
    // Teams message ids are only unique within a conversation, so the conversation is part of the key.
    if (inbound.id && !(await recordEventOnce(this.deps.db, `teams:${inbound.conversation.id}:${inbound.id}`, 'teams'))) {
      this.deps.log.debug({ activity: inbound.id }, 'teams activity already processed; retry dropped');
      return;
    }
    const reference = TurnContext.getConversationReference(ctx.activity);
    void this.deps.lanes.run(inbound.conversation.id, () =>
      this.deps.adapter
        .continueConversationAsync(this.deps.appId, reference as Parameters<CloudAdapter['continueConversationAsync']>[1], (turn) => handleMessage(turn, inbound, this.deps))
        .catch((err) => this.deps.log.error({ err, activity: inbound.id }, 'teams turn could not start')),
    );
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
