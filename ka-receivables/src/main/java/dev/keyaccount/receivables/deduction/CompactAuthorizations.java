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
 * Our authorizations held as columns: an unmodifiable {@code List<Authorization>} equal to a list of
 * the same values, in the order added, that keeps a fraction of the memory of the values and that
 * {@link DeductionMatcher} and {@link AuthorizationListing} read without a value per line. Each
 * {@link #get} builds a value equal to the one added. For a reader of large exports: add each line as it
 * is parsed and let the value go.
 *
 * <p>Lines whose amount has digits below its currency's minor unit or beyond
 * {@link DeductionMatcher#MAX_MINOR_UNITS}, or whose date is outside the matcher's dates, are kept whole;
 * the matcher decides and reports every line exactly as it does for the same values in any other list.
 * Immutable and thread-safe.
 */
public final class CompactAuthorizations extends CompactLines<Authorization> {

  private static final ReasonType[] TYPES = ReasonType.values();

  private final byte[] type;

  private CompactAuthorizations(Builder b, Object[] originals) {
    super(b, originals);
    type = Arrays.copyOf(b.type, size);
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
   * The authorizations of a collection, in its iteration order.
   *
   * @param authorizations the authorizations, none null
   * @return the compact list
   * @throws NullPointerException if the collection or an authorization is null
   */
  public static CompactAuthorizations copyOf(Collection<Authorization> authorizations) {
    Args.notNull(authorizations, "authorizations");
    if (authorizations instanceof CompactAuthorizations) {
      return (CompactAuthorizations) authorizations;
    }
    Builder b = builder();
    int i = 0;
    for (Authorization a : authorizations) {
      b.add(Args.notNull(a, "authorizations", i++));
    }
    return b.build();
  }

  /** The matcher's view of any collection: null lines kept, so that the run reports them where they are. */
  static CompactAuthorizations forRun(Collection<Authorization> authorizations) {
    if (authorizations instanceof CompactAuthorizations) {
      return (CompactAuthorizations) authorizations;
    }
    Object[] originals = authorizations.toArray();
    Builder b = builder();
    b.grow(Math.max(b.id.length, originals.length)); // sized once: no copies of growing columns
    for (Object line : originals) {
      b.addLine((Authorization) line);
    }
    return new CompactAuthorizations(b, originals);
  }

  @Override
  Authorization build(int row, Money amount, LocalDate day) {
    return Authorization.builder().id(id[row]).accountId(accountId[row]).type(TYPES[type[row]])
        .reference(Optional.ofNullable(reference[row])).amount(amount).date(day).build();
  }

  /** The line's reason type's ordinal (a null line: 0). */
  int type(int row) {
    return type[row];
  }

  /** Collects authorizations one at a time into a {@link CompactAuthorizations}; builds once. Not thread-safe. */
  public static final class Builder extends CompactLines.Growing<Authorization> {

    private byte[] type = new byte[16];

    private Builder() {}

    /**
     * Adds an authorization.
     *
     * @param authorization the authorization
     * @return this builder
     * @throws NullPointerException if the authorization is null
     * @throws IllegalStateException if the list was built
     */
    public Builder add(Authorization authorization) {
      return addLine(Args.notNull(authorization, "authorization"));
    }

    /**
     * Adds an authorization given by its fields: the same as
     * {@code add(Authorization.builder().id(id).accountId(accountId).type(type).reference(reference)
     * .amount(Money.of(amount, currency)).date(date).build())}, with the same exceptions and the same
     * list built, but a regular line (a date within the matcher's dates, a positive amount in whole minor
     * units within {@link DeductionMatcher#MAX_MINOR_UNITS}) goes into the columns without an
     * {@code Authorization} or a {@code Money} made for it: for reading millions of lines.
     *
     * @param id the authorization's id
     * @param accountId the account
     * @param type what it pays for
     * @param reference its reference, if any
     * @param amount the amount, in {@code currency}
     * @param currency the amount's currency
     * @param date the date deductions are matched against
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id or account is blank or the amount not positive
     * @throws IllegalStateException if the list was built
     */
    public Builder add(String id, String accountId, ReasonType type, Optional<String> reference, BigDecimal amount,
        CurrencyUnit currency, LocalDate date) {
      boolean accepted = type != null && accountId != null && !accountId.isBlank() && amount != null
          && amount.signum() > 0;
      int row = accepted ? addFields(id, accountId, reference, amount, currency, date) : -1;
      if (row < 0) {
        return add(Authorization.builder().id(id).accountId(accountId).type(type).reference(reference)
            .amount(Money.of(amount, currency)).date(date).build());
      }
      this.type[row] = (byte) type.ordinal();
      return this;
    }

    private Builder addLine(Authorization a) {
      int row = a == null ? add(null, null, null, Optional.empty(), null, null)
          : add(a, a.id(), a.accountId(), a.reference(), a.amount(), a.date());
      if (a != null) {
        type[row] = (byte) a.type().ordinal();
      }
      return this;
    }

    /**
     * How many authorizations were added.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * Builds the list.
     *
     * @return the authorizations added, in order
     * @throws IllegalStateException if the list was built
     */
    public CompactAuthorizations build() {
      finish();
      return new CompactAuthorizations(this, null);
    }

    @Override
    void grow(int capacity) {
      super.grow(capacity);
      type = Arrays.copyOf(type, capacity);
    }
  }
}
