package dev.keyaccount.receivables.deduction;

/** The one state every matched deduction ends in (扣款核销结果). */
public enum DeductionState {
  /** Fully authorized (有效): matched in full, any difference within tolerance written off. */
  VALID,
  /** Partly authorized (部分有效): the excess over what is authorized is disputable. */
  PARTIALLY_VALID,
  /** Nothing authorizes it (无依据): a dispute and recovery candidate, never valid by default. */
  UNAUTHORIZED,
  /** The same claim taken twice (重复扣款): the whole amount is disputable. */
  DUPLICATE,
  /** Unauthorized but under the write-off threshold (小额核销): written off instead of disputed. */
  WRITTEN_OFF,
  /** Ambiguous (待定): several authorizations fit equally; reported with the candidates for review. */
  UNRESOLVED
}
