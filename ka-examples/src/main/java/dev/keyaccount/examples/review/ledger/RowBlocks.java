package dev.keyaccount.examples.review.ledger;

import dev.keyaccount.examples.review.report.RowBlock;
import dev.keyaccount.receivables.deduction.LedgerColumns;
import dev.keyaccount.receivables.deduction.ReasonType;
import dev.keyaccount.receivables.deduction.UseColumns;
import java.time.LocalDate;

/**
 * The blocks of the ledger's files ({@link RowBlock}): the rows of {@code deductions.csv}, and the
 * authorizations of {@code authorizations.csv} and {@code consumptions.csv}.
 */
final class RowBlocks {

  private RowBlocks() {}

  /** A block of the rows of {@code deductions.csv}. */
  static final class Deductions extends RowBlock {
    final String[] id = new String[SIZE];
    final String[] accountId = new String[SIZE];
    /** The type's name, empty for none. */
    final String[] type = new String[SIZE];
    /** The reference, empty for none. */
    final String[] reference = new String[SIZE];
    final long[] amount = new long[SIZE];
    final LocalDate[] date = new LocalDate[SIZE];
    final String[] state = new String[SIZE];
    final long[] matched = new long[SIZE];
    final long[] writtenOff = new long[SIZE];
    final long[] disputed = new long[SIZE];
    final long[] unresolved = new long[SIZE];
    final long[] recovered = new long[SIZE];
    final long[] lossAccepted = new long[SIZE];
    final boolean[] decided = new boolean[SIZE];

    /** Reads rows {@code from} to {@code from + count - 1} of {@code d} into positions 0 to {@code count - 1}. */
    void fill(LedgerColumns d, int from, int count) {
      for (int j = 0; j < count; j++) {
        int i = from + j;
        id[j] = d.id(i);
        accountId[j] = d.accountId(i);
        type[j] = d.type(i).map(ReasonType::name).orElse("");
        reference[j] = d.reference(i).orElse("");
        amount[j] = d.amountMinorUnits(i);
        date[j] = d.date(i);
        state[j] = d.state(i).name();
        matched[j] = d.matchedMinorUnits(i);
        writtenOff[j] = d.writtenOffMinorUnits(i);
        disputed[j] = d.disputedMinorUnits(i);
        unresolved[j] = d.unresolvedMinorUnits(i);
        recovered[j] = d.recoveredMinorUnits(i);
        lossAccepted[j] = d.lossAcceptedMinorUnits(i);
        decided[j] = d.decided(i);
      }
      touch(id, count);
      touch(accountId, count);
      touch(reference, count);
    }
  }

  /**
   * A block of authorizations, for {@code authorizations.csv} (the id and the amount of each) and
   * {@code consumptions.csv} (the id and the first consumption of each: most have one; the others are read
   * as they are written).
   */
  static final class Uses extends RowBlock {
    final String[] id = new String[SIZE];
    /** The amount, read without the consumptions. */
    final long[] amount = new long[SIZE];
    /** The consumptions' count, read with them. */
    final int[] consumptionCount = new int[SIZE];
    /** The first consumption's deduction, null for an authorization with none. */
    final String[] firstDeductionId = new String[SIZE];
    final long[] firstAmount = new long[SIZE];
    final LocalDate[] firstDate = new LocalDate[SIZE];

    /**
     * Reads rows {@code from} to {@code from + count - 1} of {@code u} into positions 0 to {@code count - 1}:
     * their ids and amounts, and with {@code consumptions} their consumptions' count and first one.
     */
    void fill(UseColumns u, int from, int count, boolean consumptions) {
      if (!consumptions) {
        for (int j = 0; j < count; j++) {
          id[j] = u.authorizationId(from + j);
          amount[j] = u.amountMinorUnits(from + j);
        }
        touch(id, count);
        return;
      }
      for (int j = 0; j < count; j++) {
        int i = from + j;
        id[j] = u.authorizationId(i);
        int used = u.consumptionCount(i);
        consumptionCount[j] = used;
        firstDeductionId[j] = used > 0 ? u.consumptionDeductionId(i, 0) : null;
        firstAmount[j] = used > 0 ? u.consumptionAmountMinorUnits(i, 0) : 0;
        firstDate[j] = used > 0 ? u.consumptionDate(i, 0) : null;
      }
      touch(id, count);
      touch(firstDeductionId, count);
    }
  }
}
