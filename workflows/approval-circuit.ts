import type { ApprovalCircuit, ApprovalLevel } from './invoice.contract';

/** The circuit's levels that apply to this amount: a level with a minimum applies strictly above it. */
export function applicableLevels(circuit: ApprovalCircuit, totalExclTaxCents: number): ApprovalLevel[] {
  return circuit.levels.filter(
    (level) => level.minAmountExclTaxCents == null || totalExclTaxCents > level.minAmountExclTaxCents,
  );
}
