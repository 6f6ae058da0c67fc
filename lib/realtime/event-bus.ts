import pg from "pg";
import { articleLiveChangeSchema, storyLiveChangeSchema } from "../contracts/live";
import type { ArticleEvent } from "./article-feed";
import { listPresence, refreshPresence, type PresenceEntry } from "./presence";
import type { StoryEvent } from "./story-feed";

/** One open page (event stream), as the bus sees it, whatever feed it listens to. */
interface Listener {
  connectionId: string;
  userId: string;
  sessionVersion: number;
  /** The user was disabled or signed out everywhere: stop at once. */
  onRevoked(): void;
  /** The bus lost its connection for a while: look in the database for anything missed. */
  onResync(): void;
}

/** A page listening to one article's feed. */
export interface BusListener extends Listener {
  articleId: string;
  /** A feed entry as announced; it may repeat or skip numbers after a reconnect, so the listener checks. */
  onEvent(event: ArticleEvent): void;
  onPresence(entries: PresenceEntry[]): void;
}

/** A page listening to a story's own feed (its ledger's changes). */
export interface StoryBusListener extends Listener {
  storyId: string;
  /** As an article's: it may repeat or skip numbers after a reconnect. */
  onEvent(event: StoryEvent): void;
}

const CHANNELS = ["factmark_events", "factmark_users", "factmark_presence", "factmark_story_events"] as const;
const PRESENCE_REFRESH_MS = 20_000;
const PRESENCE_COALESCE_MS = 25;

/**
 * This instance's one LISTEN connection to PostgreSQL, fanned out to its open pages. Several
 * instances each hold their own, so a change committed through any of them reaches every page.
 */
export class EventBus {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly byArticle = new Map<string, Set<BusListener>>();
  private readonly byStory = new Map<string, Set<StoryBusListener>>();
  private readonly pendingPresence = new Set<string>();
  private presenceTimer: NodeJS.Timeout | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  private retryDelay = 500;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  /** Resolves once LISTEN is active, so a caller may then read what it missed without a gap. */
  async subscribe(listener: BusListener): Promise<() => void> {
    return this.add(this.byArticle, listener.articleId, listener);
  }

  /** As subscribe, for a story's own feed. */
  async subscribeStory(listener: StoryBusListener): Promise<() => void> {
    return this.add(this.byStory, listener.storyId, listener);
  }

  private async add<L extends Listener>(listeners: Map<string, Set<L>>, key: string, listener: L): Promise<() => void> {
    await this.connect();
    let set = listeners.get(key);
    if (!set) listeners.set(key, (set = new Set()));
    set.add(listener);
    this.refreshTimer ??= setInterval(() => void this.refreshPresence(), PRESENCE_REFRESH_MS);
    return () => {
      set.delete(listener);
      if (set.size === 0) listeners.delete(key);
      if (this.byArticle.size === 0 && this.byStory.size === 0 && this.refreshTimer) {
        clearInterval(this.refreshTimer);
        this.refreshTimer = null;
      }
    };
  }

  /** Tells every open page of `articleId` on this instance who is there now. */
  presenceChanged(articleId: string): void {
    this.pendingPresence.add(articleId);
    // Joins and leaves come in bursts (a reload is a leave and a join): one query per burst.
    this.presenceTimer ??= setTimeout(() => {
      this.presenceTimer = null;
      const articles = [...this.pendingPresence];
      this.pendingPresence.clear();
      for (const id of articles) void this.sendPresence(id);
    }, PRESENCE_COALESCE_MS);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    await this.client?.end().catch(() => {});
    this.client = null;
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true });
    client.on("notification", (message) => this.dispatch(message));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(CHANNELS.map((channel) => `LISTEN ${channel}`).join("; "));
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    this.client = client;
    this.retryDelay = 500;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    if (error) console.error(`Live updates: lost the database connection (${error.message}); reconnecting.`);
    client.end().catch(() => {});
    this.reconnect();
  }

  private reconnect(): void {
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 10_000);
    setTimeout(() => {
      if (this.closed) return;
      this.connect().then(
        () => this.everyListener((listener) => listener.onResync()),
        () => this.reconnect(),
      );
    }, delay);
  }

  private dispatch(message: pg.Notification): void {
    if (!message.payload) return;
    if (message.channel === "factmark_events") {
      const event = readEvent(message.payload);
      if (!event) return;
      for (const listener of this.byArticle.get(event.articleId) ?? []) listener.onEvent(event);
    } else if (message.channel === "factmark_story_events") {
      const parsed = storyLiveChangeSchema.safeParse(JSON.parse(message.payload));
      if (!parsed.success) return console.error("Live updates: an announced story change is not one this server can read.", parsed.error.issues);
      const event: StoryEvent = parsed.data;
      for (const listener of this.byStory.get(event.storyId) ?? []) listener.onEvent(event);
    } else if (message.channel === "factmark_users") {
      const user = JSON.parse(message.payload) as { id: string; disabled: boolean; sessionVersion: number };
      this.everyListener((listener) => {
        if (listener.userId === user.id && (user.disabled || user.sessionVersion !== listener.sessionVersion)) listener.onRevoked();
      });
    } else if (message.channel === "factmark_presence" && this.byArticle.has(message.payload)) {
      this.presenceChanged(message.payload);
    }
  }

  private async sendPresence(articleId: string): Promise<void> {
    const listeners = this.byArticle.get(articleId);
    if (!listeners?.size) return;
    try {
      const entries = await listPresence(articleId);
      for (const listener of this.byArticle.get(articleId) ?? []) listener.onPresence(entries);
    } catch (error) {
      console.error("Live updates: could not read who is on an article.", error);
    }
  }

  private async refreshPresence(): Promise<void> {
    const ids: string[] = [];
    this.everyListener((listener) => ids.push(listener.connectionId));
    await refreshPresence(ids).catch((error) => console.error("Live updates: could not refresh presence.", error));
  }

  private everyListener(visit: (listener: Listener) => void): void {
    for (const set of [...this.byArticle.values(), ...this.byStory.values()]) for (const listener of [...set]) visit(listener);
  }
}

/** An announced feed entry, read with the live feed's union; one it cannot read is logged and left to the database (the next entry's gap fetches it). */
function readEvent(payload: string): ArticleEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(payload);
  } catch {
    data = undefined;
  }
  const parsed = articleLiveChangeSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  console.error("Live updates: an announced change is not one this server can read.", parsed.error.issues);
  return null;
}

const holder = globalThis as unknown as { factmarkEventBus?: EventBus };

/** The one bus of this process, connected on first use. */
export function getEventBus(): EventBus {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  if (!holder.factmarkEventBus) {
    const bus = new EventBus(url);
    // On Ctrl-C the database may stop before this server does: that is not a connection to mourn.
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void bus.close());
    holder.factmarkEventBus = bus;
  }
  return holder.factmarkEventBus;
}
