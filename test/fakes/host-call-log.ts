/** Counts the calls a command makes on a host's objects, for tests and the benchmark. */
export class HostCallLog {
  readonly calls: string[] = [];

  record(call: string): void {
    this.calls.push(call);
  }

  /** How many calls were made, optionally only those whose name starts with `prefix`. */
  count(prefix = ''): number {
    return this.calls.filter((call) => call.startsWith(prefix)).length;
  }

  /** Calls per name, sorted by name. */
  byName(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of [...this.calls].sort()) counts[call] = (counts[call] ?? 0) + 1;
    return counts;
  }

  reset(): void {
    this.calls.length = 0;
  }
}
