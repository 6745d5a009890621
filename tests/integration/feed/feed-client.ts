import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { TestApp } from '../../support/app';
import { parseSamples, valueOf } from '../ops/prometheus-text';

/** Long enough for a loaded 2-core machine; an event that is due arrives in milliseconds. */
export const WAIT_MS = 10_000;

export const wsUrl = (app: TestApp) => `${app.baseUrl.replace(/^http/, 'ws')}/graphql`;

export function feedClient(app: TestApp, connectionParams: Record<string, unknown> = {}): Client {
  return createClient({ url: wsUrl(app), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

/** One subscription whose events are awaited one at a time, each within WAIT_MS. */
export interface Feed<T> {
  next(): Promise<{ data?: T; errors?: { message: string; extensions: { code: string } }[] }>;
  stop(): Promise<void>;
}

export function subscribe<T = any>(client: Client, query: string, variables?: Record<string, unknown>): Feed<T> {
  const iterator = client.iterate<T>({ query, variables });
  return {
    next: async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${WAIT_MS} ms`)), WAIT_MS)));
      try {
        const step = await Promise.race([iterator.next(), timeout]);
        if (step.done) throw new Error('the subscription ended');
        return step.value as any;
      } finally {
        clearTimeout(timer);
      }
    },
    stop: async () => {
      await iterator.return?.();
    },
  };
}

/**
 * Subscriptions are registered on the server asynchronously; a write before that would be missed.
 * The open-subscriptions gauge says when the server holds `count` of them.
 */
export async function untilSubscribed(app: TestApp, count: number): Promise<void> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const samples = parseSamples(await (await fetch(`${app.baseUrl}/metrics`)).text());
    const open = valueOf(samples, 'storygraph_graphql_subscriptions_open');
    if (open === count) return;
    if (Date.now() > until) throw new Error(`${open} subscriptions open after ${WAIT_MS} ms, expected ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A raw graphql-ws handshake: how the server closes (or acknowledges) a socket with these connectionParams. */
export function handshake(
  app: TestApp,
  payload: Record<string, unknown>,
  origin?: string,
): Promise<{ acked: boolean; code?: number; reason?: string; status?: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(app), 'graphql-transport-ws', origin ? { origin } : {});
    const timer = setTimeout(() => reject(new Error('no answer to connection_init')), WAIT_MS);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type !== 'connection_ack') return;
      clearTimeout(timer);
      socket.close();
      resolve({ acked: true });
    });
    socket.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ acked: false, code, reason: String(reason) });
    });
    socket.on('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      socket.terminate();
      resolve({ acked: false, status: res.statusCode });
    });
    socket.on('error', () => undefined);
  });
}

/** An acknowledged socket, and the close code it ends with. */
export async function connected(app: TestApp, payload: Record<string, unknown> = {}): Promise<{ closed: Promise<number> }> {
  const socket = new WebSocket(wsUrl(app), 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no connection_ack')), WAIT_MS);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type !== 'connection_ack') return;
      clearTimeout(timer);
      resolve();
    });
  });
  return { closed };
}
