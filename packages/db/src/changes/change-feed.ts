import pg from 'pg';

/** The channel the `notify_store_change` trigger publishes on (see the migration). */
export const STORE_CHANGES_CHANNEL = 'storeloom_store_changes';

export type ChangeTopic = 'catalog' | 'tenancy';

/**
 * A committed change to one store's data, or `reset`: the feed (re)connected and may have missed
 * notifications, so anything derived from the database must be treated as stale.
 */
export type StoreChange =
  { kind: 'change'; topic: ChangeTopic; tenantId: string } | { kind: 'reset' };

export type StoreChangeListener = (change: StoreChange) => void;

export interface ChangeFeed {
  /** Starts listening on first use. Returns the unsubscribe function. */
  subscribe(listener: StoreChangeListener): () => void;
  /** True while the LISTEN connection is up: only then can a cache trust it to hear changes. */
  readonly live: boolean;
  close(): Promise<void>;
}

export interface ChangeFeedOptions {
  url: string;
  /** Delay before the first reconnect; doubles up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
}

const TOPICS: ReadonlySet<string> = new Set<ChangeTopic>(['catalog', 'tenancy']);

export function parseStoreChange(payload: string | undefined): StoreChange | null {
  const separator = payload?.indexOf(':') ?? -1;
  if (!payload || separator < 1) return null;
  const topic = payload.slice(0, separator);
  const tenantId = payload.slice(separator + 1);
  if (!TOPICS.has(topic) || tenantId.length === 0) return null;
  return { kind: 'change', topic: topic as ChangeTopic, tenantId };
}

/**
 * PostgreSQL LISTEN on one dedicated connection per process. Triggers on the tables a storefront
 * caches from send `<topic>:<tenantId>` after commit; listeners hear it within milliseconds, in
 * every process. A dropped connection reconnects with backoff and then announces a reset.
 */
export function createChangeFeed({
  url,
  retryDelayMs = 250,
  maxRetryDelayMs = 30_000,
}: ChangeFeedOptions): ChangeFeed {
  const listeners = new Set<StoreChangeListener>();
  let client: pg.Client | null = null;
  let live = false;
  let closed = false;
  let started = false;
  let delay = retryDelayMs;
  let retryTimer: NodeJS.Timeout | undefined;

  const emit = (change: StoreChange) => {
    for (const listener of listeners) listener(change);
  };

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
    retryTimer.unref();
    delay = Math.min(delay * 2, maxRetryDelayMs);
  };

  const dropConnection = (failed: pg.Client) => {
    if (client !== failed) return;
    client = null;
    live = false;
    failed.removeAllListeners();
    failed.on('error', () => undefined);
    void failed.end().catch(() => undefined);
    scheduleReconnect();
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    client = next;
    next.on('error', () => dropConnection(next));
    next.on('end', () => dropConnection(next));
    next.on('notification', (message) => {
      if (message.channel !== STORE_CHANGES_CHANNEL) return;
      const change = parseStoreChange(message.payload);
      if (change) emit(change);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${STORE_CHANGES_CHANNEL}`);
      if (closed || client !== next) return;
      live = true;
      delay = retryDelayMs;
      emit({ kind: 'reset' });
    } catch {
      dropConnection(next);
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!started) {
        started = true;
        void connect();
      }
      return () => listeners.delete(listener);
    },
    get live() {
      return live;
    },
    async close() {
      closed = true;
      live = false;
      clearTimeout(retryTimer);
      const current = client;
      client = null;
      listeners.clear();
      if (current) {
        current.removeAllListeners();
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
}
