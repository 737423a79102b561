/**
 * The page's entry: asks for the graph first, then loads the viewer (its own
 * chunk), so the graph's download overlaps the bundle's download and compilation
 * instead of waiting for them.
 */
import { fetchRaw, graphSource } from './graph-request.ts';

const graph = fetchRaw(graphSource(location.search));
import('./main.ts').then(
  ({ startPage }) => startPage(graph),
  (error: unknown) => {
    const status = document.querySelector('#status');
    if (status) status.textContent = `Просмотрщик не загрузился: ${(error as Error).message}`;
    document.body.dataset.ready = 'error';
  },
);
