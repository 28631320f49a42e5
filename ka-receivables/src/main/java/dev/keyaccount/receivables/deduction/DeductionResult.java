package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * How one deduction ended: its state, the pass that matched it, and its amount split into matched,
 * disputed, written-off and unresolved parts that add up to the amount exactly.
 *
 * <p>A {@link DeductionState#VALID} deduction is matched in full, with any difference within
 * tolerance written off; a {@link DeductionState#PARTIALLY_VALID} one has a disputed excess; an
 * {@link DeductionState#UNAUTHORIZED} or {@link DeductionState#DUPLICATE} one is disputed in full; a
 * {@link DeductionState#WRITTEN_OFF} one is written off in full; an {@link DeductionState#UNRESOLVED}
 * one is unresolved in full and lists its candidates. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeductionResult {

  DeductionResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The deduction's id.
   *
   * @return the id
   */
  public abstract String deductionId();

  /**
   * The state the deduction ended in.
   *
   * @return the state
   */
  public abstract DeductionState state();

  /**
   * The pass that matched it.
   *
   * @return the pass, {@link MatchPass#NONE} if it was not matched
   */
  public abstract MatchPass pass();

  /**
   * Our reason type for the deduction, from the policy's reason-code mapping.
   *
   * @return the type, empty if its code maps to none
   */
  public abstract Optional<ReasonType> type();

  /**
   * The amount deducted.
   *
   * @return the amount
   */
  public abstract MonetaryAmount amount();

  /**
   * The part matched against authorizations.
   *
   * @return the matched amount
   */
  public abstract MonetaryAmount matched();

  /**
   * The part to dispute (争议): the excess of a partly valid deduction, or all of an unauthorized or
   * duplicate one.
   *
   * @return the disputed amount
   */
  public abstract MonetaryAmount disputed();

  /**
   * The part written off: a difference within tolerance, or all of a deduction under the threshold.
   *
   * @return the written-off amount
   */
  public abstract MonetaryAmount writtenOff();

  /**
   * The part left for review: all of an unresolved deduction.
   *
   * @return the unresolved amount
   */
  public abstract MonetaryAmount unresolved();

  /**
   * The authorizations it was matched against, with the amount consumed from each, in the order they
   * were consumed.
   *
   * @return the matches, empty unless valid or partly valid
   */
  public abstract List<AuthorizationMatch> matches();

  /**
   * The ids of the authorizations that could explain an unresolved deduction (at most the policy's
   * {@link MatchingPolicy#maxCandidatesReported()}), in order of the authorizations' date, amount and id,
   * except that a combination found by amount (the one found, or the first two when several add up)
   * leads, each combination's authorizations together.
   *
   * @return the candidates, empty unless unresolved
   */
  public abstract List<String> candidates();

  /**
   * For a duplicate, the id of the deduction it repeats.
   *
   * @return the first deduction of the same claim, empty unless a duplicate
   */
  public abstract Optional<String> duplicateOf();

  @Value.Check
  void check() {
    Args.notBlank(deductionId(), "deductionId");
    CurrencyUnit currency = amount().getCurrency();
    if (!matched().getCurrency().equals(currency) || !disputed().getCurrency().equals(currency)
        || !writtenOff().getCurrency().equals(currency) || !unresolved().getCurrency().equals(currency)) {
      // Each part in the amount's currency, named: parts that agree among themselves but not with the
      // amount are a currency mismatch, not a sum to compare.
      Args.sameCurrency(matched(), currency, "matched");
      Args.sameCurrency(disputed(), currency, "disputed");
      Args.sameCurrency(writtenOff(), currency, "writtenOff");
      Args.sameCurrency(unresolved(), currency, "unresolved");
    }
    // Summed as decimals: a Money per partial sum costs more than the rest of the result (a million per run).
    BigDecimal parts = Monies.decimal(matched()).add(Monies.decimal(disputed()))
        .add(Monies.decimal(writtenOff())).add(Monies.decimal(unresolved()));
    if (parts.compareTo(Monies.decimal(amount())) != 0) {
      Args.check(false, "amount", "equal matched + disputed + written off + unresolved = "
          + Monies.add(Monies.add(matched(), disputed()), Monies.add(writtenOff(), unresolved())), amount());
    }
  }

  /** Builds a {@link DeductionResult}; lists and optionals default to empty. */
  public static final class Builder extends ImmutableDeductionResult.Builder {}
}
