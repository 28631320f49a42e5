package dev.keyaccount.kpi.share;

/** Whether we gained, held or lost share (份额增加/持平/减少). */
public enum ShareOutcome {
  /** We grew faster than the account or market: share gained. */
  GAINED,
  /** We grew exactly as fast: share held. */
  HELD,
  /** We grew slower: share lost, even if our own sales grew. */
  LOST
}
