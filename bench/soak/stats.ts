/** Latencies and error codes, summarised the same way for reads and writes. */
export class Tally {
  private readonly latencies: number[] = [];
  readonly errors: Record<string, number> = {};
  ok = 0;

  record(ms: number, errorCode?: string): void {
    this.latencies.push(ms);
    if (errorCode) this.errors[errorCode] = (this.errors[errorCode] ?? 0) + 1;
    else this.ok += 1;
  }

  summary() {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
    return { requests: sorted.length, ok: this.ok, errors: this.errors, p50Ms: at(50), p99Ms: at(99), maxMs: sorted.at(-1) ?? 0 };
  }
}
