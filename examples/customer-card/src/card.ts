// The customer card: pick a model per family, see the customer's segment and scores with reasons and recommended
// actions, and watch the segment change live when an order (or any write) moves the customer.
// The operations live beside the bundle, where the server registers them as trusted documents.
import cardModels from '../../../api/src/main/resources/static/customer-card/CardModels.graphql';
import customerCard from '../../../api/src/main/resources/static/customer-card/CustomerCard.graphql';
import cardSegmentChanges from '../../../api/src/main/resources/static/customer-card/CardSegmentChanges.graphql';
import type {
  CardActionFragment,
  CardModelsQuery,
  CardModelsQueryVariables,
  CardScoreFragment,
  CardSegmentChangesSubscription,
  CardSegmentChangesSubscriptionVariables,
  CustomerCardQuery,
  CustomerCardQueryVariables,
} from './generated/operations';
import { ModelFamily } from './generated/operations';
import { query, subscribe, type Subscription } from './transport';

const FAMILIES: { family: ModelFamily; parameter: 'segmentation' | 'satisfaction' | 'loyalty'; preferred: string }[] = [
  { family: ModelFamily.Segmentation, parameter: 'segmentation', preferred: 'value-tier' },
  { family: ModelFamily.Satisfaction, parameter: 'satisfaction', preferred: 'nps' },
  { family: ModelFamily.Loyalty, parameter: 'loyalty', preferred: 'composite' },
];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
let live: Subscription | null = null;

function apiKey(): string {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromFragment) {
    sessionStorage.setItem('customerlens.key', fromFragment);
    history.replaceState(null, '', location.pathname + location.search); // keep the key out of the address bar
  }
  return sessionStorage.getItem('customerlens.key') ?? '';
}

function status(state: string, text: string): void {
  const element = $('status');
  element.dataset.state = state;
  element.textContent = text;
}

function escape(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

function actions(list: readonly CardActionFragment[]): string {
  if (list.length === 0) {
    return '<p class="muted">No recommended actions.</p>';
  }
  return '<ol class="actions">' + list.map((action) =>
    `<li><span class="priority p${action.priority}">P${action.priority}</span> ${escape(action.title)}`
    + ` <span class="channel">${escape(action.channel.toLowerCase().replace('_', ' '))}</span></li>`).join('') + '</ol>';
}

function score(title: string, result: CardScoreFragment | null | undefined): string {
  if (!result) {
    return `<section class="score"><h2>${title}</h2><p class="muted">No score.</p></section>`;
  }
  const value = result.value == null ? '—' : result.value.toFixed(1);
  return `<section class="score"><h2>${title}</h2>`
    + `<p class="figure"><strong>${value}</strong> <span class="muted">${result.min}–${result.max} ${escape(result.unit)}</span>`
    + ` <span class="band">${escape(result.band)}</span></p>`
    + `<p class="reason">${escape(result.explanation)}</p>${actions(result.recommendedActions)}</section>`;
}

async function loadModels(key: string): Promise<void> {
  const { models } = await query<CardModelsQuery, CardModelsQueryVariables>(cardModels, {}, key);
  for (const { family, parameter, preferred } of FAMILIES) {
    const select = $<HTMLSelectElement>(parameter);
    const ofFamily = models.filter((model) => model.family === family);
    select.innerHTML = ofFamily.map((model) =>
      `<option value="${escape(model.id)}">${escape(model.name)}</option>`).join('');
    const wanted = params.get(parameter) ?? preferred;
    select.value = ofFamily.some((model) => model.id === wanted) ? wanted : ofFamily[0]?.id ?? '';
    select.onchange = () => void show(key);
  }
}

async function render(key: string, customerId: string, change?: CardSegmentChangesSubscription['segmentChanges']): Promise<void> {
  const variables: CustomerCardQueryVariables = {
    id: customerId,
    segmentation: $<HTMLSelectElement>('segmentation').value,
    satisfaction: $<HTMLSelectElement>('satisfaction').value,
    loyalty: $<HTMLSelectElement>('loyalty').value,
  };
  const { customer } = await query<CustomerCardQuery, CustomerCardQueryVariables>(customerCard, variables, key);
  if (!customer) {
    status('error', `No customer with id ${customerId}.`);
    return;
  }
  const segment = customer.segment;
  const card = $('card');
  card.innerHTML = `<header><h1>${escape(customer.name)}</h1><p class="muted">${escape(customer.externalId)} · `
    + `${customer.orderSummary.count} orders · ${customer.orderSummary.total.toFixed(2)} spent</p></header>`
    + `<section class="segment"><h2>Segment</h2>`
    + (segment
      ? `<p id="segment" class="tier rank${segment.rank}" data-code="${escape(segment.code)}">${escape(segment.label)}</p>`
        + `<ul class="reasons">${segment.reasons.map((reason) => `<li>${escape(reason)}</li>`).join('')}</ul>`
        + actions(segment.recommendedActions)
      : '<p id="segment" class="muted">No segment.</p>')
    + `</section>${score('Satisfaction', customer.satisfaction)}${score('Loyalty', customer.loyalty)}`;
  if (change) {
    const moved = change.direction === 'UP' ? 'up' : change.direction === 'DOWN' ? 'down' : 'into';
    $('change').textContent = `Moved ${moved} to ${change.current.label}`
      + (change.previous ? ` from ${change.previous.label}` : '') + ` (${change.cause.toLowerCase()}, ${change.at})`;
    $('change').hidden = false;
  }
}

async function show(key: string): Promise<void> {
  const customerId = params.get('customer') ?? '';
  if (!customerId) {
    status('error', 'Add ?customer=<id> to the address.');
    return;
  }
  try {
    status('loading', 'Loading…');
    await render(key, customerId);
    live?.close();
    const variables: CardSegmentChangesSubscriptionVariables = {
      model: $<HTMLSelectElement>('segmentation').value,
      customerId,
    };
    live = subscribe<CardSegmentChangesSubscription, CardSegmentChangesSubscriptionVariables>(
      cardSegmentChanges, variables, key, {
        onReady: () => status('live', 'Live: segment changes appear as they happen.'),
        onNext: (data) => void render(key, customerId, data.segmentChanges)
          .then(() => status('updated', 'Updated by a segment change.')),
        onError: (message) => status('error', message),
      });
  } catch (error) {
    status('error', (error as Error).message);
  }
}

async function start(): Promise<void> {
  const key = apiKey();
  try {
    await loadModels(key);
    await show(key);
  } catch (error) {
    status('error', (error as Error).message);
  }
}

void start();
