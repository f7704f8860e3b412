/** One benchmark figure; machine-dependent figures carry the limit measured in the same run and their ratio to it. */
export interface Figure {
  scenario: string;
  name: string;
  value: number;
  unit: string;
  /** The same-run reference this figure is divided by (e.g. a bare soffice loop, the SMTP peer's own intake). */
  limit?: { name: string; value: number; unit: string };
  /** value ÷ limit.value, filled in by the runner when a limit is given. */
  ratio?: number;
  /** The target, read as "ratio ≥ 0.9", "value ≤ 120", "value = 0"… */
  target?: { of: 'ratio' | 'value'; op: '>=' | '<=' | '='; bound: number };
  met?: boolean;
  note?: string;
}

export interface Progress {
  tick(count?: number): void;
  done(): void;
}

export interface BenchContext {
  /** How many items the scenario works on (from --size, else its default). */
  size: number;
  /** A progress bar with ETA on stderr. */
  progress(label: string, total: number): Progress;
  figure(figure: Omit<Figure, 'scenario' | 'ratio' | 'met'>): void;
  log(line: string): void;
}

export interface Scenario {
  name: string;
  description: string;
  defaultSize: number;
  run(ctx: BenchContext): Promise<void>;
}
