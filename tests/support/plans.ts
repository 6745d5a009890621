import { Driver } from 'neo4j-driver';
import { Executor, FULL_CLEARANCE, Statement } from '../../src/db/executor';
import { ensureGraph, GraphSummary } from '../../bench/graph/generate';
import { database, startTestApp, TestApp } from './app';
import { resetGraph } from './graph';

/**
 * A realistic graph of `stories` stories, written in batches by the benchmark's generator (seeded,
 * so the same every run). Calling it again with more stories extends the same graph.
 */
export async function seedBulkGraph(executor: Executor, stories: number): Promise<GraphSummary> {
  const summary = await ensureGraph(executor, stories, 1, () => undefined);
  // Index statistics sampled on an earlier (empty or smaller) graph, and plans cached from it, would
  // otherwise decide the plans: resample every index, wait for it, then clear the plan cache.
  await executor.write('CALL db.prepareForReplanning(120)');
  return summary;
}

export interface PlanStep {
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
}

interface RawPlan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: RawPlan[];
  rows?: number;
  dbHits?: number;
}

function flatten(plan: RawPlan, out: PlanStep[] = []): PlanStep[] {
  out.push({
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: String(plan.arguments.Details ?? ''),
    rows: Number(plan.rows ?? 0),
    dbHits: Number(plan.dbHits ?? 0),
  });
  for (const child of plan.children) flatten(child, out);
  return out;
}

/**
 * Statements outside a request get `$clearance` from the executor; plans are read with the rank given
 * here (default: everything, where the count-store shortcuts apply), so the marking predicate is planned too.
 */
export const withClearance = (statement: Statement, clearance = FULL_CLEARANCE): Statement & { params: Record<string, unknown> } => ({
  cypher: statement.cypher,
  params: { clearance, ...(statement.params ?? {}) },
});

async function run(driver: Driver, mode: 'EXPLAIN' | 'PROFILE', statement: Statement): Promise<PlanStep[]> {
  const session = driver.session({ database: database(), defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`${mode} ${statement.cypher}`, withClearance(statement).params);
    const plan = (mode === 'EXPLAIN' ? result.summary.plan : result.summary.profile) as unknown as RawPlan;
    return flatten(plan);
  } finally {
    await session.close();
  }
}

/** The operators the planner chose for a statement, without running it. */
export const explain = (driver: Driver, statement: Statement) => run(driver, 'EXPLAIN', statement);

/** The operators with the rows and database hits of a real run. */
export const profile = (driver: Driver, statement: Statement) => run(driver, 'PROFILE', statement);

export const totalDbHits = (steps: PlanStep[]) => steps.reduce((sum, s) => sum + s.dbHits, 0);

/** Labels with as many nodes as the graph has stories or more: scanning one costs in proportion to the graph. */
export const BIG_LABELS = ['Story', 'Claim', 'Source', 'Entity', 'Person', 'Organization', 'Agency'];

/** The scans a plan makes over whole labels (or the whole graph), as "Operator details" strings. */
export function fullScans(steps: PlanStep[], labels = BIG_LABELS): string[] {
  return steps
    .filter((s) => s.operator === 'AllNodesScan' || (s.operator === 'NodeByLabelScan' && labels.some((l) => s.details.endsWith(`:${l}`))))
    .map((s) => `${s.operator} ${s.details}`);
}

/** The plan as "Operator details" lines (depth first), and its scans over whole big labels. */
export async function planOf(driver: Driver, statement: Statement): Promise<{ lines: string[]; scans: string[] }> {
  const steps = await explain(driver, statement);
  return { lines: steps.map((s) => `${s.operator} ${s.details}`), scans: fullScans(steps) };
}

/** The real server over a generated graph of `stories` stories; `stop` empties the graph again. */
export async function startBulkApp(stories: number): Promise<{ app: TestApp; targets: GraphSummary['targets']; stop: () => Promise<void> }> {
  const app = await startTestApp();
  await resetGraph(app.executor);
  const { targets } = await seedBulkGraph(app.executor, stories);
  return {
    app,
    targets,
    stop: async () => {
      await resetGraph(app.executor);
      await app.stop();
    },
  };
}
