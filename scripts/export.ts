#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM } from '../src/modules/identity/identity.type';
import { graphToBulk } from '../src/modules/interchange/bulk';
import { graphToGraphml } from '../src/modules/interchange/graphml';
import { EXPORT_USAGE, parseExportArgs, runCli } from '../src/modules/interchange/interchange.cli';
import { withDatabase } from '../src/db/with-database';
import { interchangeService } from '../src/modules/interchange/interchange.service';
import { graphToStix } from '../src/modules/interchange/stix/graph-to-stix';
import { tlpOfRank } from '../src/modules/shared/tlp';

/** Steps on stderr, only on a terminal: piped runs stay quiet until the summary. */
const step = (text: string) => process.stderr.isTTY && process.stderr.write(`export: ${text}…\n`);

async function main(argv: string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if (args.help) {
    console.log(EXPORT_USAGE);
    return 0;
  }
  const began = Date.now();
  return withDatabase(async (executor) => {
    step('reading the stories and their provenance');
    const graph = await interchangeService.subgraph(executor, { ...SYSTEM, clearance: tlpOfRank(args.clearance) }, args.scope);
    step(`writing ${args.format} to ${args.out}`);
    let written: string;
    if (args.format === 'stix' || args.format === 'graphml') {
      const text = args.format === 'stix' ? `${JSON.stringify(graphToStix(graph), null, 2)}\n` : graphToGraphml(graph);
      fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
      fs.writeFileSync(args.out, text);
      written = `1 file (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`;
    } else {
      const files = graphToBulk(graph, args.format);
      for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(args.out, file.path)), { recursive: true });
        fs.writeFileSync(path.join(args.out, file.path), file.content);
      }
      written = `${files.length} files`;
    }
    const stories = graph.nodes.filter((n) => n.labels.includes('Story')).length;
    console.log(
      `exported ${stories} stories: ${graph.nodes.length} nodes, ${graph.edges.length} relationships as ${args.format} to ${args.out} (${written}) in ${((Date.now() - began) / 1000).toFixed(1)} s`,
    );
    return 0;
  });
}

runCli('export', EXPORT_USAGE, main);
