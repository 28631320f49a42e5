package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.CurrencyUnit;

/**
 * The check that the parts of a ledger read back agree with each other: every consumption of an
 * authorization names a deduction of the ledger, and each deduction's matched part equals the sum of
 * its consumptions. It reads the columns as built, with one array of sums and no value per line.
 */
final class LedgerConsistency {

  private LedgerConsistency() {}

  /**
   * Checks the uses against the deductions.
   *
   * @param currency the currency of the desk, for the amounts in the message
   * @param block the deductions
   * @param useBlock the authorizations' uses
   * @throws IllegalArgumentException if a consumption names a deduction not in {@code block}, or a
   *     deduction's matched part differs from its consumptions
   * @throws ArithmeticException if the consumptions of one deduction overflow a {@code long}
   */
  static void check(CurrencyUnit currency, LedgerBlock block, UseBlock useBlock) {
    long[] consumed = new long[block.size];
    for (int u = 0; u < useBlock.size; u++) {
      for (int c = useBlock.consumptionStart(u); c < useBlock.consumptionEnd(u); c++) {
        String deductionId = useBlock.consumptionDeductionId(c);
        int d = block.find(deductionId);
        if (d < 0) {
          throw Args.invalid("authorizationUses", "name known deductions",
              "'" + deductionId + "' in '" + useBlock.id(u) + "'");
        }
        consumed[d] = Math.addExact(consumed[d], useBlock.consumptionAmount(c));
      }
    }
    for (int d = 0; d < block.size; d++) {
      if (consumed[d] != block.matched(d)) {
        throw Args.invalid("deductions", "have a matched part equal to their consumptions "
            + Monies.ofMinorUnits(consumed[d], currency), "'" + block.id(d) + "' matched "
            + Monies.ofMinorUnits(block.matched(d), currency));
      }
    }
  }
}
