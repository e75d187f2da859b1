export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An RFC-3339 compliant Full Date Scalar */
  Date: { input: string; output: string; }
  /** A slightly refined version of RFC-3339 compliant DateTime Scalar */
  DateTime: { input: string; output: string; }
  /** A JSON scalar */
  JSON: { input: unknown; output: unknown; }
  _Any: { input: any; output: any; }
  federation__ContextFieldValue: { input: any; output: any; }
  federation__FieldSet: { input: any; output: any; }
  federation__Policy: { input: any; output: any; }
  federation__Scope: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

export type BacktestInput = {
  /** The last day models may see (UTC); 26 weeks before holdoutEnd when left out. */
  calibrationEnd?: InputMaybe<Scalars['Date']['input']>;
  /** The last day of the holdout (UTC); after calibrationEnd, not after today; yesterday when left out. */
  holdoutEnd?: InputMaybe<Scalars['Date']['input']>;
  /**
   * 1 to 8 models (customerlens.backtest.max-models). A purchase forecast left without its horizon parameter
   * (horizonWeeks, horizonMonths) forecasts over the holdout.
   */
  models: Array<ModelChoice>;
};

export enum BacktestState {
  Cancelled = 'CANCELLED',
  Completed = 'COMPLETED',
  Failed = 'FAILED',
  Queued = 'QUEUED',
  Running = 'RUNNING'
}

export type BandPlaybookInput = {
  actions: Array<RecommendedActionInput>;
  label: Scalars['String']['input'];
  max: Scalars['Float']['input'];
  min: Scalars['Float']['input'];
};

export enum BreakerState {
  Closed = 'CLOSED',
  HalfOpen = 'HALF_OPEN',
  Open = 'OPEN'
}

/** What caused a segment change. */
export enum ChangeCause {
  Engagement = 'ENGAGEMENT',
  Import = 'IMPORT',
  Interaction = 'INTERACTION',
  Order = 'ORDER',
  Profile = 'PROFILE',
  Snapshot = 'SNAPSHOT',
  Survey = 'SURVEY'
}

export enum ComparisonKind {
  /** Two scores. */
  Scores = 'SCORES',
  /** Two segmentations. */
  Segments = 'SEGMENTS',
  /** A segmentation (a) and a score (b), in either order given: the score per segment. */
  SegmentAndScore = 'SEGMENT_AND_SCORE'
}

export type CreateApiKeyInput = {
  /** Who or what will use the key, 1-100 characters. */
  name: Scalars['String']['input'];
  role: Role;
};

export type CreateCustomerInput = {
  channel?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  engagement?: InputMaybe<EngagementInput>;
  /** 1-100 letters, digits or . _ : - */
  externalId: Scalars['String']['input'];
  /** Defaults to today; must not be in the future. */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  membership?: InputMaybe<MembershipInput>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export enum CustomerData {
  Interactions = 'INTERACTIONS',
  Orders = 'ORDERS',
  Population = 'POPULATION',
  PreviousSegment = 'PREVIOUS_SEGMENT',
  Profile = 'PROFILE',
  PurchasePatterns = 'PURCHASE_PATTERNS',
  Surveys = 'SURVEYS'
}

export type CustomerFilter = {
  /** Acquisition channel, ignoring case; a channel no customer has is a BAD_REQUEST listing the known ones. */
  channel?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Joined on or after this date. */
  joinedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Joined on or before this date. */
  joinedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Region, ignoring case (eu-west finds EU-West); a region no customer has is a BAD_REQUEST listing the known ones. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Customers in these segments of a score snapshot, read from its stored scores (see snapshots). */
  segment?: InputMaybe<SegmentFilter>;
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive text within name or e-mail; only for roles with the personal-data right. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type DimensionRatingInput = {
  name: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type EngagementInput = {
  communityPosts?: InputMaybe<Scalars['Int']['input']>;
  events?: InputMaybe<Scalars['Int']['input']>;
  referrals?: InputMaybe<Scalars['Int']['input']>;
};

export enum ImportFormat {
  Cdnow = 'CDNOW',
  Csv = 'CSV',
  Ndjson = 'NDJSON'
}

export enum ImportKind {
  Cdnow = 'CDNOW',
  Customers = 'CUSTOMERS',
  Interactions = 'INTERACTIONS',
  Orders = 'ORDERS',
  Surveys = 'SURVEYS'
}

export enum ImportState {
  /** Every row was read; see rejected. */
  Completed = 'COMPLETED',
  /** Stopped by a problem with the whole file or the store; see error. Batches written before it stay. */
  Failed = 'FAILED',
  /** Waiting for the import before it; imports run one at a time. */
  Queued = 'QUEUED',
  Running = 'RUNNING'
}

export enum InteractionKind {
  Complaint = 'COMPLAINT',
  Feedback = 'FEEDBACK',
  Inquiry = 'INQUIRY',
  Request = 'REQUEST'
}

export enum InteractionOutcome {
  Escalated = 'ESCALATED',
  Open = 'OPEN',
  Resolved = 'RESOLVED',
  Unresolved = 'UNRESOLVED'
}

export type KanoAnswerInput = {
  attribute: Scalars['String']['input'];
  dysfunctional: KanoResponse;
  functional: KanoResponse;
};

export enum KanoCategory {
  /** A: delights when present, not missed when absent. */
  Attractive = 'ATTRACTIVE',
  /** I: makes no difference. */
  Indifferent = 'INDIFFERENT',
  /** M: expected; dissatisfies when absent. */
  MustBe = 'MUST_BE',
  /** O (one-dimensional): the more, the better. */
  Performance = 'PERFORMANCE',
  /** Q: contradictory answers. */
  Questionable = 'QUESTIONABLE',
  /** R: preferred absent. */
  Reverse = 'REVERSE'
}

/** The five standard Kano answers: I like it, it must be so, I am neutral, I can live with it, I dislike it. */
export enum KanoResponse {
  Dislike = 'DISLIKE',
  Like = 'LIKE',
  LiveWith = 'LIVE_WITH',
  MustBe = 'MUST_BE',
  Neutral = 'NEUTRAL'
}

/** In updateCustomer the membership given replaces the stored one: give every field to keep. */
export type MembershipInput = {
  /** Not in the future, not before startedOn (given or stored). */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['Int']['input']>;
  /** Not in the future, not before 1900. */
  startedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A model chosen by id (ids are unique across families), with optional parameters. */
export type ModelChoice = {
  model: Scalars['ID']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
};

export enum ModelFamily {
  Loyalty = 'LOYALTY',
  Satisfaction = 'SATISFACTION',
  Segmentation = 'SEGMENTATION'
}

export enum ParameterType {
  Boolean = 'BOOLEAN',
  Choice = 'CHOICE',
  Decimal = 'DECIMAL',
  Integer = 'INTEGER'
}

/** How a personal-data field is masked: NAME 'A. L.', EMAIL 'a***@***.com', PHONE '***58', TEXT '[hidden]'. */
export enum PersonalDataKind {
  Email = 'EMAIL',
  Name = 'NAME',
  Phone = 'PHONE',
  Text = 'TEXT'
}

export type RecommendedActionInput = {
  channel: ServiceChannel;
  /** 1-50 lower-case letters, digits or -, unique within its segment or band. */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO-8601 duration from PT1M to P366D, e.g. PT4H or P7D. */
  dueWithin?: InputMaybe<Scalars['String']['input']>;
  /** 1 (most urgent) to 5. */
  priority: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type RecordEngagementInput = {
  communityPosts?: InputMaybe<Scalars['Int']['input']>;
  customerId: Scalars['ID']['input'];
  events?: InputMaybe<Scalars['Int']['input']>;
  referrals?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordInteractionInput = {
  channel?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  kind: InteractionKind;
  openedAt: Scalars['DateTime']['input'];
  outcome?: InputMaybe<InteractionOutcome>;
  /** Required for RESOLVED and UNRESOLVED, empty for OPEN. */
  resolvedAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type RecordOrderInput = {
  /** 0 or more, at most 2 decimals. */
  amount: Scalars['Float']['input'];
  channel?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  discount?: InputMaybe<Scalars['Float']['input']>;
  /** Makes recording idempotent: the same externalId is stored once. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Scalars['Int']['input']>;
  orderedAt: Scalars['DateTime']['input'];
};

export type RecordSurveyInput = {
  answeredAt: Scalars['DateTime']['input'];
  ces?: InputMaybe<Scalars['Int']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  csat?: InputMaybe<Scalars['Int']['input']>;
  customerId: Scalars['ID']['input'];
  dimensions?: InputMaybe<Array<DimensionRatingInput>>;
  /** At most 50, one per attribute (1-50 letters, digits, _ or -, starting with a lower-case letter). */
  kano?: InputMaybe<Array<KanoAnswerInput>>;
  nps?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterWebhookInput = {
  /** The segmentation model choices whose changes are sent. */
  models: Array<WatchedModelInput>;
  /** 16-200 characters; the key of the HMAC-SHA256 signature. Not shown again. */
  secret: Scalars['String']['input'];
  /** An http or https URL whose host is allowed (customerlens.webhooks.allowed-hosts). */
  url: Scalars['String']['input'];
};

export enum Role {
  /** An editor who may also manage API keys, plugins and snapshot jobs. */
  Admin = 'ADMIN',
  /** A viewer who may also read comparisons, distributions and snapshots. */
  Analyst = 'ANALYST',
  /** An analyst who may also change customer data. */
  Editor = 'EDITOR',
  /** Profiles without personal data, scores, the model catalogue. */
  Viewer = 'VIEWER'
}

export type SavePlaybookInput = {
  /** For a satisfaction or loyalty model: non-overlapping ranges within the model's scale. */
  bands?: InputMaybe<Array<BandPlaybookInput>>;
  /** The version this edit is based on; 0 when the model has no playbook yet. */
  expectedVersion: Scalars['Int']['input'];
  model: Scalars['ID']['input'];
  /** Why it changed, at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** For a segmentation model: declared segment codes, each at most once; segments left out get no actions. */
  segments?: InputMaybe<Array<SegmentPlaybookInput>>;
};

/**
 * Orders customers by what a snapshot stored for them: a satisfaction or loyalty value, or a segmentation's segment
 * rank. DESC (the default) puts the best first — highest value, or rank 1 — with ties by customer id; ASC is the
 * exact reverse. Customers without a stored value in that snapshot (not scored, failed, or no data) are left out.
 * `snapshot` defaults to the newest COMPLETED snapshot that scored this model with these parameters.
 */
export type ScoreOrder = {
  direction?: InputMaybe<SortDirection>;
  model: Scalars['ID']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
  snapshot?: InputMaybe<Scalars['ID']['input']>;
};

/** Which changes a subscription receives; every condition given must hold. */
export type SegmentChangeFilter = {
  /** Only these customers. */
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only moves in these directions. */
  directions?: InputMaybe<Array<SegmentDirection>>;
  /** Only moves into these segment codes. */
  segments?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type SegmentCostInput = {
  annualCost: Scalars['Float']['input'];
  segment: Scalars['String']['input'];
};

/** UP to a more valuable segment (a lower rank), DOWN to a less valuable one, NEW for a customer's first known segment. */
export enum SegmentDirection {
  Down = 'DOWN',
  New = 'NEW',
  Up = 'UP'
}

/**
 * Customers stored in these segments of a segmentation model by a snapshot. `snapshot` defaults to the newest
 * COMPLETED snapshot that scored this model with these parameters.
 */
export type SegmentFilter = {
  /** Segment codes, e.g. ["champions", "loyal"]. */
  in: Array<Scalars['String']['input']>;
  model: Scalars['ID']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
  snapshot?: InputMaybe<Scalars['ID']['input']>;
};

export enum SegmentMovement {
  /** To a segment of worse rank. */
  Down = 'DOWN',
  /** The same segment, or another of the same rank. */
  Stayed = 'STAYED',
  /** To a segment of better (lower) rank. */
  Up = 'UP'
}

export type SegmentPlaybookInput = {
  /** At most 10, most urgent first. */
  actions: Array<RecommendedActionInput>;
  segment: Scalars['String']['input'];
};

/** How an action reaches the customer. */
export enum ServiceChannel {
  AccountManager = 'ACCOUNT_MANAGER',
  Email = 'EMAIL',
  InApp = 'IN_APP',
  InStore = 'IN_STORE',
  Mail = 'MAIL',
  Phone = 'PHONE',
  Sms = 'SMS',
  Web = 'WEB'
}

export type ServiceCostsInput = {
  /** 0 to 1. */
  grossMarginRate: Scalars['Float']['input'];
  interactionCost: Scalars['Float']['input'];
  /** A segmentation model. */
  model: Scalars['ID']['input'];
  /** Declared segment codes, each at most once; amounts 0 or more with at most 2 decimals. */
  segments: Array<SegmentCostInput>;
};

export enum SnapshotState {
  Cancelled = 'CANCELLED',
  Completed = 'COMPLETED',
  /** Stopped by an error or by a server restart; see error. */
  Failed = 'FAILED',
  Running = 'RUNNING'
}

export enum SortDirection {
  Asc = 'ASC',
  Desc = 'DESC'
}

export type StartImportInput = {
  /** Told from the file name (.csv, .ndjson, .jsonl) when left out; CDNOW goes with kind CDNOW. */
  format?: InputMaybe<ImportFormat>;
  kind: ImportKind;
  /** A path inside customerlens.import.dir, e.g. orders-2025-06.csv. */
  path: Scalars['String']['input'];
};

export type StartSnapshotInput = {
  /** Which customers to score; all when left out. */
  filter?: InputMaybe<CustomerFilter>;
  /** 1 to 10 models, each with its parameters; the same model may appear with different parameters. */
  models: Array<ModelChoice>;
};

export enum SummaryRepairState {
  Completed = 'COMPLETED',
  Failed = 'FAILED',
  Running = 'RUNNING'
}

export type UpdateCustomerInput = {
  channel?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  engagement?: InputMaybe<EngagementInput>;
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  membership?: InputMaybe<MembershipInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type WatchedModelInput = {
  model: Scalars['ID']['input'];
  /** Parameter values; the model's defaults for those left out. */
  params?: InputMaybe<Scalars['JSON']['input']>;
};

/** PENDING until an attempt is answered 2xx (DELIVERED) or the last allowed attempt fails (DEAD). */
export enum WebhookDeliveryState {
  Dead = 'DEAD',
  Delivered = 'DELIVERED',
  Pending = 'PENDING'
}

export enum Link__Purpose {
  Execution = 'EXECUTION',
  Security = 'SECURITY'
}

export type CardModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type CardModelsQuery = { __typename?: 'Query', models: Array<{ __typename?: 'Model', id: string, family: ModelFamily, name: string }> };

export type CardSegmentChangesSubscriptionVariables = Exact<{
  model: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
}>;


export type CardSegmentChangesSubscription = { __typename?: 'Subscription', segmentChanges: { __typename?: 'SegmentChange', customerId: string, model: string, direction: SegmentDirection, cause: ChangeCause, at: string, previous?: { __typename?: 'SegmentPosition', code: string, label: string, rank: number } | null, current: { __typename?: 'SegmentPosition', code: string, label: string, rank: number } } };

export type CustomerCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  segmentation: Scalars['ID']['input'];
  satisfaction: Scalars['ID']['input'];
  loyalty: Scalars['ID']['input'];
}>;


export type CustomerCardQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', id: string, externalId: string, name: string, orderSummary: { __typename?: 'OrderSummary', count: number, total: number }, segment?: { __typename?: 'Segment', code: string, label: string, rank: number, reasons: Array<string>, recommendedActions: Array<{ __typename?: 'RecommendedAction', code: string, title: string, channel: ServiceChannel, priority: number }> } | null, satisfaction?: { __typename?: 'Score', value?: number | null, min: number, max: number, unit: string, band: string, explanation: string, recommendedActions: Array<{ __typename?: 'RecommendedAction', code: string, title: string, channel: ServiceChannel, priority: number }> } | null, loyalty?: { __typename?: 'Score', value?: number | null, min: number, max: number, unit: string, band: string, explanation: string, recommendedActions: Array<{ __typename?: 'RecommendedAction', code: string, title: string, channel: ServiceChannel, priority: number }> } | null } | null };

export type CardScoreFragment = { __typename?: 'Score', value?: number | null, min: number, max: number, unit: string, band: string, explanation: string, recommendedActions: Array<{ __typename?: 'RecommendedAction', code: string, title: string, channel: ServiceChannel, priority: number }> };

export type CardActionFragment = { __typename?: 'RecommendedAction', code: string, title: string, channel: ServiceChannel, priority: number };
