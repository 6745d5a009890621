/**
 * Deterministic story cards in the real card format, for load tests and the ingest benchmark.
 * A seeded PRNG makes card N identical on every run, so results compare across machines.
 */
const COUNTRIES = [
  ['Russia', 'Russian'],
  ['China', 'Chinese'],
  ['Iran', 'Iranian'],
  ['Mexico', 'Mexican'],
  ['Germany', 'German'],
  ['France', 'French'],
  ['Turkey', 'Turkish'],
  ['India', 'Indian'],
  ['Brazil', 'Brazilian'],
  ['Japan', 'Japanese'],
  ['Israel', 'Israeli'],
  ['Ukraine', 'Ukrainian'],
  ['Poland', 'Polish'],
  ['Canada', 'Canadian'],
  ['Egypt', 'Egyptian'],
] as const;
const AGENCIES = ['CIA', 'FBI', 'NSA', 'MI6', 'GCHQ', 'BND', 'DGSE', 'Mossad', 'SVR', 'FSB', 'GRU', 'MSS'];
const PUBLISHERS = ['Reuters', 'Associated Press', 'BBC News', 'The Guardian', 'Al Jazeera', 'Le Monde', 'Der Spiegel', 'NBC News'];
const TOPICS = ['Intelligence and Espionage', 'Diplomacy', 'Trade', 'Cybersecurity', 'Sanctions', 'Defense'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0xffffffff;
  };
}

export function generateCard(n: number): string {
  const rand = prng(n * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const [a, aDem] = pick(COUNTRIES);
  let [b, bDem] = pick(COUNTRIES);
  if (b === a) [b, bDem] = COUNTRIES[(COUNTRIES.findIndex((c) => c[0] === a) + 1) % COUNTRIES.length];
  const agency = pick(AGENCIES);
  const outlet = pick(PUBLISHERS);
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const year = 2024 + Math.floor(rand() * 2);
  const topic1 = pick(TOPICS);
  const topic2 = pick(TOPICS.filter((t) => t !== topic1));
  const points = 1 + Math.floor(rand() * 3);
  const data = Array.from({ length: points }, (_, i) => {
    const publisher = pick(PUBLISHERS);
    return `${aDem} officials said ${b} increased its presence by ${10 + Math.floor(rand() * 90)} percent in case ${n}-${i}.\n\n${a} and ${b}: report ${n}-${i} — ${publisher}`;
  });
  return `${MONTHS[month]} ${String(day).padStart(2, '0')}, ${year}
Back to all stories

${a} and ${b} clash over ${agency} report ${n}

${outlet} reports that the ${agency} warned ${a} about ${bDem} activity, case ${n}. ${bDem} officials denied the claims.

${topic1} ${topic2}

📌 Key Facts

  • The ${agency} warned ${a} about ${bDem} operatives, case ${n}.
  • ${b} denied the allegations made in ${a}, case ${n}.

📊 Relevant Data

${data.join('\n\n')}

📰 Sources (1)
`;
}
