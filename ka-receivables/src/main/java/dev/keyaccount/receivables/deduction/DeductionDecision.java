package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A person's decision on a deduction the desk holds open (人工核销), applied with
 * {@link DeductionLedger#apply(DeductionDecision)}. Once decided, no later run changes the deduction.
 *
 * <ul>
 *   <li>{@link Kind#MATCH}: matched to the given authorizations, consuming the given amounts; any rest
 *       of the deduction is disputed. The person decides: any authorization the ledger has seen may be
 *       named, whatever its account or type (a head office's claim against a region's accrual), which
 *       no matching pass would do; the ledger keeps no account per authorization, so the desk checks
 *       the account if it wants one kept.
 *   <li>{@link Kind#ACCEPT}: accepted as valid without an authorization (written off as our cost).
 *   <li>{@link Kind#DISPUTE}: the open amount is disputed with the retailer.
 *   <li>{@link Kind#WRITE_OFF}: the open amount is written off.
 *   <li>{@link Kind#RECOVER}: the retailer repaid {@link #amount()} of the disputed amount (with the
 *       repayment's {@link #reference()}); partly or wholly.
 *   <li>{@link Kind#ACCEPT_LOSS}: {@link #amount()} of the disputed amount is accepted as our loss.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeductionDecision {

  DeductionDecision() {}

  /** The kinds of decision. */
  public enum Kind {
    /** Match to given authorizations. */
    MATCH,
    /** Accept as valid without an authorization. */
    ACCEPT,
    /** Dispute the open amount. */
    DISPUTE,
    /**
     * Write the open amount off; or, with an {@link DeductionDecision#amount()}, write off that part
     * of the disputed amount of a disputed deduction.
     */
    WRITE_OFF,
    /** The retailer repaid part or all of the disputed amount. */
    RECOVER,
    /** Part or all of the disputed amount is our loss. */
    ACCEPT_LOSS
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The deduction decided on.
   *
   * @return its id
   */
  public abstract String deductionId();

  /**
   * The decision.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The date of the decision: within the matcher's dates, and not before the deduction's date (checked
   * when the decision is applied).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * For {@link Kind#MATCH}: the authorizations and the amount taken from each.
   *
   * @return the matches, not empty for a match and empty otherwise
   */
  public abstract List<AuthorizationMatch> matches();

  /**
   * For {@link Kind#RECOVER} and {@link Kind#ACCEPT_LOSS}: the amount concerned.
   *
   * @return the amount, present for those kinds only
   */
  public abstract Optional<Money> amount();

  /**
   * For {@link Kind#RECOVER}: the reference of the retailer's repayment.
   *
   * @return the reference, if given
   */
  public abstract Optional<String> reference();

  @Value.Check
  void check() {
    Args.notBlank(deductionId(), "deductionId");
    boolean partial = kind() == Kind.RECOVER || kind() == Kind.ACCEPT_LOSS;
    if (kind() != Kind.WRITE_OFF && amount().isPresent() != partial) {
      throw Args.invalid("amount", (partial ? "be given for " : "be absent for ") + kind(),
          amount().map(Monies::of).map(Object::toString).orElse("none"));
    }
    amount().ifPresent(a -> {
      Args.positive(a, "amount");
      Args.bounded(Monies.decimal(a), "amount");
      Args.check(Monies.isWholeMinorUnits(a), "amount", "be a whole number of minor units", a);
    });
    Args.check(!date().isBefore(DeductionMatcher.MIN_DATE) && !date().isAfter(DeductionMatcher.MAX_DATE), "date",
        "be between " + DeductionMatcher.MIN_DATE + " and " + DeductionMatcher.MAX_DATE, date());
    Args.check(matches().isEmpty() != (kind() == Kind.MATCH), "matches",
        kind() == Kind.MATCH ? "not be empty for MATCH" : "be empty for " + kind(), matches().size());
  }

  /** Builds a {@link DeductionDecision}; the id, kind and date are required. */
  public static final class Builder extends ImmutableDeductionDecision.Builder {}
}
