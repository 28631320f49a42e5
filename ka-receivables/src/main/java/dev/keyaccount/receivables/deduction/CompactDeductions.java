package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * A remittance's deductions held as columns: an unmodifiable {@code List<Deduction>} equal to a list of
 * the same values, in the order added, that keeps about a quarter of the memory of the values (per line
 * its strings, an epoch day, the amount in minor units and two bytes) and that {@link DeductionMatcher}
 * reads without a value per line. Each {@link #get} builds a value equal to the one added. For a reader
 * of large files: add each line as it is parsed and let the value go.
 *
 * <p>Lines whose amount has digits below its currency's minor unit or beyond
 * {@link DeductionMatcher#MAX_MINOR_UNITS}, or whose date is outside the matcher's dates, are kept whole;
 * the matcher decides and reports every line exactly as it does for the same values in any other list.
 * Immutable and thread-safe.
 */
public final class CompactDeductions extends CompactLines<Deduction> {

  private final String[] reasonCode;

  private CompactDeductions(Builder b, Object[] originals) {
    super(b, originals);
    reasonCode = Arrays.copyOf(b.reasonCode, size);
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The deductions of a collection, in its iteration order.
   *
   * @param deductions the deductions, none null
   * @return the compact list
   * @throws NullPointerException if the collection or a deduction is null
   */
  public static CompactDeductions copyOf(Collection<Deduction> deductions) {
    Args.notNull(deductions, "deductions");
    if (deductions instanceof CompactDeductions) {
      return (CompactDeductions) deductions;
    }
    Builder b = builder();
    int i = 0;
    for (Deduction d : deductions) {
      b.add(Args.notNull(d, "deductions", i++));
    }
    return b.build();
  }

  /** The matcher's view of any collection: null lines kept, so that the run reports them where they are. */
  static CompactDeductions forRun(Collection<Deduction> deductions) {
    if (deductions instanceof CompactDeductions) {
      return (CompactDeductions) deductions;
    }
    Object[] originals = deductions.toArray();
    Builder b = builder();
    b.grow(Math.max(b.id.length, originals.length)); // sized once: no copies of growing columns
    for (Object line : originals) {
      b.addLine((Deduction) line);
    }
    return new CompactDeductions(b, originals);
  }

  @Override
  Deduction build(int row, Money amount, LocalDate day) {
    return Deduction.builder().id(id[row]).accountId(accountId[row]).reasonCode(reasonCode[row])
        .reference(Optional.ofNullable(reference[row])).amount(amount).date(day).build();
  }

  /** The line's reason code, as written. */
  String reasonCode(int row) {
    return reasonCode[row];
  }

  /** Collects deductions one at a time into a {@link CompactDeductions}; builds once. Not thread-safe. */
  public static final class Builder extends CompactLines.Growing<Deduction> {

    private String[] reasonCode = new String[16];

    private Builder() {}

    /**
     * Adds a deduction.
     *
     * @param deduction the deduction
     * @return this builder
     * @throws NullPointerException if the deduction is null
     * @throws IllegalStateException if the list was built
     */
    public Builder add(Deduction deduction) {
      return addLine(Args.notNull(deduction, "deduction"));
    }

    /**
     * Adds a deduction given by its fields: the same as
     * {@code add(Deduction.builder().id(id).accountId(accountId).date(date).reasonCode(reasonCode)
     * .reference(reference).amount(Money.of(amount, currency)).build())}, with the same exceptions and
     * the same list built, but a regular line (a date within the matcher's dates, an amount in whole
     * minor units within {@link DeductionMatcher#MAX_MINOR_UNITS}) goes into the columns without a
     * {@code Deduction} or a {@code Money} made for it: for reading millions of lines.
     *
     * @param id the deduction's id
     * @param accountId the account
     * @param date the deduction's date
     * @param reasonCode the retailer's reason code
     * @param reference the reference quoted, if any
     * @param amount the amount, in {@code currency}
     * @param currency the amount's currency
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is blank
     * @throws IllegalStateException if the list was built
     */
    public Builder add(String id, String accountId, LocalDate date, String reasonCode, Optional<String> reference,
        BigDecimal amount, CurrencyUnit currency) {
      int row = reasonCode == null ? -1 : addFields(id, accountId, reference, amount, currency, date);
      if (row < 0) {
        return add(Deduction.builder().id(id).accountId(accountId).date(date).reasonCode(reasonCode)
            .reference(reference).amount(Money.of(amount, currency)).build());
      }
      this.reasonCode[row] = reasonCode;
      return this;
    }

    private Builder addLine(Deduction d) {
      int row = d == null ? add(null, null, null, Optional.empty(), null, null)
          : add(d, d.id(), d.accountId(), d.reference(), d.amount(), d.date());
      if (d != null) {
        reasonCode[row] = d.reasonCode();
      }
      return this;
    }

    /**
     * How many deductions were added.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * Builds the list.
     *
     * @return the deductions added, in order
     * @throws IllegalStateException if the list was built
     */
    public CompactDeductions build() {
      finish();
      return new CompactDeductions(this, null);
    }

    @Override
    void grow(int capacity) {
      super.grow(capacity);
      reasonCode = Arrays.copyOf(reasonCode, capacity);
    }
  }
}
