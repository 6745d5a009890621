import { ApolloServerPlugin } from '@apollo/server';
import { logger } from '../../logger';
import { limitExceeded } from './limit-error';

/**
 * The size of `value` as JSON, in UTF-8 bytes (escapes aside), counted without building the
 * string: a response of a gigabyte is found out after `limit` bytes, before stringifying it
 * could exhaust memory ("RangeError: Invalid string length"). Stops counting past `limit`.
 */
export function jsonBytes(value: unknown, limit = Infinity): number {
  let total = 0;
  const visit = (v: unknown): void => {
    if (total > limit) return;
    if (v === null || v === undefined) total += 4;
    else if (typeof v === 'string') total += Buffer.byteLength(v) + 2;
    else if (typeof v === 'number' || typeof v === 'boolean') total += String(v).length;
    else if (Array.isArray(v)) {
      total += 1;
      for (const item of v) {
        total += 1; // a comma, or the closing bracket
        visit(item);
        if (total > limit) return;
      }
      if (v.length === 0) total += 1;
    } else if (typeof v === 'object') {
      let members = 0;
      total += 1;
      for (const key in v) {
        const x = (v as Record<string, unknown>)[key];
        if (x === undefined) continue;
        members += 1;
        total += Buffer.byteLength(key) + 4; // quotes, colon, and a comma or the closing brace
        visit(x);
        if (total > limit) return;
      }
      if (members === 0) total += 1;
    }
  };
  visit(value);
  return total;
}

/** Replaces a response over `maxBytes` by one LIMIT_EXCEEDED error (the data is dropped, extensions kept). */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operationName }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const size = jsonBytes({ data: result.data, errors: result.errors }, maxBytes);
          if (size <= maxBytes) return;
          logger.warn('response over the size limit refused', { operationName, maxBytes });
          const error = limitExceeded('responseBytes', maxBytes);
          const { http: _http, ...extensions } = error.extensions;
          response.body.singleResult = { errors: [{ message: error.message, extensions }], extensions: result.extensions };
          response.http.status = 400;
        },
      };
    },
  };
}
