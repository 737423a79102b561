/**
 * Polite fetching: at most a few requests at a time to one host, a pause between the
 * requests a host receives, and retries with exponential backoff (or the server's
 * Retry-After) on 429, 5xx and network errors. News sites block crawlers that hammer
 * them; a loader run every morning must never be one.
 * I/O: network (through fetch-page.ts) and timers.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DEFAULT_FETCH_LIMITS,
  FetchError,
  type FetchedResponse,
  type FetchLimits,
  type FetchRequest,
  fetchPage,
} from './fetch-page.ts';

export interface PolitenessSettings {
  /** Requests in flight to one host at a time. */
  perHost: number;
  /** Pause between the starts of two requests to the same host, in ms. */
  delayMs: number;
  /** Requests in flight overall. */
  total: number;
  /** Further attempts after a retriable failure. */
  retries: number;
  /** First backoff pause, doubled at each retry, in ms. */
  backoffMs: number;
  /** Longest pause a Retry-After header can impose, in ms. */
  maxBackoffMs: number;
}

export const DEFAULT_POLITENESS: PolitenessSettings = {
  perHost: 2,
  delayMs: 1000,
  total: 8,
  retries: 2,
  backoffMs: 2000,
  maxBackoffMs: 30_000,
};

/** Settings for a local benchmark: no pacing, no retries. */
export const UNLIMITED_POLITENESS: PolitenessSettings = {
  perHost: 64,
  delayMs: 0,
  total: 64,
  retries: 0,
  backoffMs: 0,
  maxBackoffMs: 0,
};

export interface Fetcher {
  /** Fetches within the pacing rules, retrying what is worth retrying. */
  fetch(request: FetchRequest): Promise<FetchedResponse>;
  /** HTTP requests sent so far (each attempt counts), for summaries and benchmarks. */
  readonly requests: number;
}

/** A counting semaphore whose next start can be held back by a delay. */
class Gate {
  private active = 0;
  private nextStart = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    private readonly limit: number,
    private readonly delayMs: number,
  ) {}

  async enter(): Promise<void> {
    while (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    const now = Date.now();
    const wait = this.nextStart - now;
    this.nextStart = Math.max(now, this.nextStart) + this.delayMs;
    if (wait > 0) await sleep(wait);
  }

  leave(): void {
    this.active--;
    this.waiting.shift()?.();
  }
}

/** Creates a fetcher with its own per-host gates; one per run. */
export function createFetcher(
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  settings: PolitenessSettings = DEFAULT_POLITENESS,
): Fetcher {
  const overall = new Gate(Math.max(1, settings.total), 0);
  const hosts = new Map<string, Gate>();
  let requests = 0;
  const gateOf = (url: string): Gate => {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      host = url;
    }
    let gate = hosts.get(host);
    if (!gate) {
      gate = new Gate(Math.max(1, settings.perHost), settings.delayMs);
      hosts.set(host, gate);
    }
    return gate;
  };
  const attempt = async (request: FetchRequest): Promise<FetchedResponse> => {
    const host = gateOf(request.url);
    await host.enter();
    await overall.enter();
    try {
      requests++;
      return await fetchPage(request, limits);
    } finally {
      overall.leave();
      host.leave();
    }
  };
  return {
    async fetch(request) {
      for (let tries = 0; ; tries++) {
        try {
          return await attempt(request);
        } catch (error) {
          if (!(error instanceof FetchError) || !error.retriable || tries >= settings.retries) throw error;
          const backoff = settings.backoffMs * 2 ** tries;
          await sleep(Math.min(settings.maxBackoffMs, Math.max(backoff, error.retryAfterMs ?? 0)));
        }
      }
    },
    get requests() {
      return requests;
    },
  };
}
