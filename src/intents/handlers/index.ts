import { HandlerRegistry } from './registry';
import { createTicketIntent } from './create-ticket.intent';
import { updateTicketIntent } from './update-ticket.intent';
import { logCallIntent } from './log-call.intent';
import { summariseCallIntent } from './summarise-call.intent';
import { customerHistoryIntent } from './customer-history.intent';
import { kpiQueryIntent } from './kpi-query.intent';
import { createContactIntent } from './create-contact.intent';
import { updateContactIntent } from './update-contact.intent';
import { createDealIntent } from './create-deal.intent';
import { updateDealIntent } from './update-deal.intent';
import { createTaskIntent } from './create-task.intent';
import { searchIntent } from './search.intent';
import { helpIntent, unknownIntent } from './help.intent';

/** Every intent's handler; the registry refuses to start with one missing or doubled. */
export function buildHandlerRegistry(): HandlerRegistry {
  return new HandlerRegistry([
    createTicketIntent, updateTicketIntent, logCallIntent, summariseCallIntent, customerHistoryIntent, kpiQueryIntent,
    createContactIntent, updateContactIntent, createDealIntent, updateDealIntent, createTaskIntent, searchIntent, helpIntent, unknownIntent,
  ]);
}
