// Preloaded (node --import) into the `coopgraph ingest` process the benchmark
// runs: on exit, writes the process's peak resident memory in MB to the file
// named by COOPGRAPH_BENCH_RSS_FILE, so the CLI itself needs no benchmark hook.
import { writeFileSync } from 'node:fs';

const file = process.env.COOPGRAPH_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS / 1024));
  });
}
