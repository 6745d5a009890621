import fs from 'node:fs';
import path from 'node:path';
import { generateCard } from './card-generator';

/** npm run bench:cards -- <folder> [count]: writes `count` generated cards (default 1000). */
function main(): void {
  const folder = process.argv[2];
  const count = Number(process.argv[3] ?? 1000);
  if (!folder || !Number.isInteger(count) || count < 1) {
    console.error('usage: node dist/bench/generate-cards.js <folder> [count]');
    process.exit(64);
  }
  fs.mkdirSync(folder, { recursive: true });
  const tty = process.stderr.isTTY;
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(path.join(folder, `card-${String(i).padStart(5, '0')}.txt`), generateCard(i));
    if (tty && (i % 50 === 0 || i === count - 1)) process.stderr.write(`\rgenerating cards ${i + 1}/${count}`);
  }
  if (tty) process.stderr.write('\n');
  console.log(`wrote ${count} cards to ${folder}`);
}

main();
