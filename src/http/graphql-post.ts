import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { RequestHandler } from 'express';
import { Context } from '../graphql/context';
import { queryOf } from '../graphql/limits/early-refusal';
import { RequestObservation } from '../observability/request-record';
import { httpErrorAnswer } from './json-errors';
import { HttpRequestLimits, requestLimits } from './request-signal';
import { HeaderReplay } from './security';

export interface GraphqlPostOptions {
  apollo: ApolloServer<Context>;
  securityHeaders: HeaderReplay;
  cors: RequestHandler;
  /** The early limit check (early-refusal.ts): the body of a 400 answer, or undefined to go on. */
  refuse: (query: string | undefined) => object | undefined;
  observation: RequestObservation;
  requestTimeoutMs: number;
  bodyLimitBytes: number;
  context: (authorization: string | undefined, limits: HttpRequestLimits) => Promise<Context>;
}

/** A body-parser-style error, so json-errors.ts answers it as it answers Express's. */
const bodyError = (type: string, status: number) => Object.assign(new Error(type), { type, status });

/** `application/json`, with no charset or UTF-8: what express.json() reads without converting. */
function plainJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [media, ...params] = contentType.toLowerCase().split(';');
  if (media.trim() !== 'application/json') return false;
  return params.every((param) => /^\s*charset\s*=\s*"?utf-8"?\s*$/.test(param));
}

/**
 * POST /graphql without Express: per request Express sets its prototypes on req and res, walks the
 * router and runs body-parser, about a quarter of the Node CPU of a small query (bench/README.md
 * "Node CPU per request"). This handler does what that route does, in the same order: helmet's
 * headers, the request record (log line, metrics), CORS, the JSON body (size limit, strict JSON,
 * the same error answers), the early limit check, the deadline signal, then Apollo (which checks
 * CSRF headers and runs the operation) and writes its answer. Only the common request takes this
 * path: a plain JSON body (no charset conversion, no content encoding) at exactly `/graphql`;
 * anything else goes to Express, whose route stays the reference.
 */
export function graphqlPost(options: GraphqlPostOptions): { accepts(req: IncomingMessage): boolean; handle(req: IncomingMessage, res: ServerResponse): void } {
  const { observation } = options;

  const send = (res: ServerResponse, status: number, body: object) => {
    const text = JSON.stringify(body);
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(text));
    res.end(text);
  };

  const refuseBefore = (req: IncomingMessage, res: ServerResponse, record: ReturnType<RequestObservation['start']>, err: unknown) => {
    const { status, body } = httpErrorAnswer(err, '/graphql');
    observation.refused(record, body);
    // Like body-parser: the rest of the body is read (and dropped) before answering, so a keep-alive connection stays usable.
    req.resume();
    if (req.readableEnded || req.destroyed) send(res, status, body);
    else req.once('end', () => send(res, status, body));
  };

  async function answer(req: IncomingMessage, res: ServerResponse, body: unknown, record: ReturnType<RequestObservation['start']>): Promise<void> {
    const refused = options.refuse(queryOf(body));
    if (refused) {
      observation.refused(record, refused);
      return send(res, 400, refused);
    }
    const limits = requestLimits(res, options.requestTimeoutMs);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => observation.contextFor(record, () => options.context(req.headers.authorization, limits)),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    accepts: (req) =>
      req.method === 'POST' &&
      req.url === '/graphql' &&
      plainJson(req.headers['content-type']) &&
      (req.headers['content-encoding'] ?? 'identity').toLowerCase() === 'identity' &&
      (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined),

    handle(req, res) {
      options.securityHeaders(res);
      let body: unknown;
      const record = observation.start(res, () => body);
      options.cors(req as never, res as never, () => {
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > options.bodyLimitBytes) return refuseBefore(req, res, record, bodyError('entity.too.large', 413));
        const chunks: Buffer[] = [];
        let size = 0;
        let failed = false;
        req.on('data', (chunk: Buffer) => {
          if (failed) return;
          size += chunk.length;
          if (size <= options.bodyLimitBytes) return void chunks.push(chunk);
          failed = true;
          refuseBefore(req, res, record, bodyError('entity.too.large', 413));
        });
        req.once('error', (err) => {
          if (!failed && !res.headersSent) send(res, 400, httpErrorAnswer(Object.assign(err, { status: 400 }), '/graphql').body);
          failed = true;
        });
        req.once('end', () => {
          if (failed) return;
          const text = Buffer.concat(chunks, size).toString('utf8');
          try {
            // express.json() is strict: an object or an array, and an empty body is {}.
            body = text.length === 0 ? {} : /^[ \t\n\r]*[[{]/.test(text) ? JSON.parse(text) : undefined;
          } catch {
            body = undefined;
          }
          if (body === undefined) return refuseBefore(req, res, record, bodyError('entity.parse.failed', 400));
          answer(req, res, body, record).catch((err: unknown) => {
            if (res.headersSent) return void res.destroy(err as Error);
            const { status, body: errorBody } = httpErrorAnswer(err, '/graphql');
            send(res, status, errorBody);
          });
        });
      });
    },
  };
}
