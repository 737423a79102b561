/**
 * Checks that keep other web pages out of the API. The server listens on 127.0.0.1, but any
 * page open in the user's browser can send requests there: a cross-origin `text/plain` POST
 * needs no CORS preflight, so without these checks another site could run queries. A request
 * that names an origin must come from the server's own; a POST must declare a JSON body
 * (which a cross-origin page cannot send without a preflight this server never grants).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from './http-error.ts';

/**
 * Refuses (403) a request whose `Origin` is not the origin the request was addressed to
 * (`http://` + its Host header): the viewer's own requests pass, so do the Vite dev server's
 * proxied ones and clients that send no Origin (curl, scripts).
 */
export function checkOrigin(headers: IncomingHttpHeaders): void {
  const origin = headers.origin;
  if (origin === undefined) return;
  const own = headers.host ? `http://${headers.host}`.toLowerCase() : undefined;
  if (origin.toLowerCase() !== own) {
    throw new HttpError(403, `requests from ${origin} are refused; the API answers pages it serves itself`);
  }
}

/** Refuses (415) a POST whose body is not declared as JSON (`Content-Type: application/json`). */
export function checkJsonContentType(headers: IncomingHttpHeaders): void {
  const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, `send the body as JSON with Content-Type: application/json (got ${type ?? 'none'})`);
  }
}
