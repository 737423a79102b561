/**
 * A tiny HTTP server on 127.0.0.1 for the web tests: each path answers what the test
 * registered (status, headers, body, an optional delay), and every request is recorded
 * so tests can count them and read their headers.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering, in ms. */
  delayMs?: number;
  /** Full control, for conditional GETs and counters. */
  handle?: (headers: IncomingHttpHeaders, res: ServerResponse) => void;
}

export interface LocalServer {
  base: string;
  routes: Map<string, Route>;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startLocalServer(): Promise<LocalServer> {
  const routes = new Map<string, Route>();
  const requests: LocalServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const answer = (): void => {
      if (route.handle) {
        route.handle(req.headers, res);
        return;
      }
      res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/html; charset=utf-8' });
      res.end(route.body ?? '');
    };
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An invented Russian news page, long enough to be an article. */
export function russianPage(options: {
  title: string;
  paragraphs: readonly string[];
  head?: string;
  charset?: string;
}): string {
  const meta = options.charset ? `<meta charset="${options.charset}">` : '';
  const body = options.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="ru"><head>${meta}<title>${options.title}</title>${options.head ?? ''}</head>
<body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>${options.title}</h1>${body}</article>
<footer>© Редакция, все права защищены</footer></body></html>`;
}

/** Invented paragraphs about cooperation between a region and Belarus, varied by a seed word. */
export function cooperationStory(company: string, region: string, product: string): string[] {
  return [
    `Губернатор ${region} провёл переговоры с делегацией Республики Беларусь о расширении промышленной кооперации.`,
    `Открытое акционерное общество «${company}» поставит в регион партию продукции: ${product}. Первые машины прибудут до конца года.`,
    `Стороны договорились создать совместную рабочую группу и подготовить дорожную карту сотрудничества на ближайшие три года.`,
    `По словам участников встречи, товарооборот между регионом и Беларусью в прошлом году заметно вырос, а новые контракты позволят сохранить этот темп.`,
  ];
}
