package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A deduction as the {@link DeductionLedger} keeps it: the line as the retailer sent it, its current
 * state and its amount split into parts that always add up to the whole, to the minor unit:
 * matched + written off + disputed + unresolved + recovered + loss accepted = amount. The history
 * lists every run and decision that touched it. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LedgerDeduction {

  LedgerDeduction() {}

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
  public abstract String id();

  /**
   * The account that deducted.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * Our reason type, if the retailer's code mapped to one.
   *
   * @return the type
   */
  public abstract Optional<ReasonType> type();

  /**
   * The reference the retailer quoted, as written.
   *
   * @return the reference, if any
   */
  public abstract Optional<String> reference();

  /**
   * The amount deducted.
   *
   * @return a positive amount
   */
  public abstract Money amount();

  /**
   * The deduction's date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Its current state.
   *
   * @return the state
   */
  public abstract DeductionState state();

  /**
   * The part matched to authorizations.
   *
   * @return not negative
   */
  public abstract Money matched();

  /**
   * The part written off.
   *
   * @return not negative
   */
  public abstract Money writtenOff();

  /**
   * The part disputed and not yet recovered, accepted or written off.
   *
   * @return not negative
   */
  public abstract Money disputed();

  /**
   * The part awaiting a decision (an unresolved deduction).
   *
   * @return not negative
   */
  public abstract Money unresolved();

  /**
   * The part the retailer repaid.
   *
   * @return not negative
   */
  public abstract Money recovered();

  /**
   * The part accepted as our loss.
   *
   * @return not negative
   */
  public abstract Money lossAccepted();

  /**
   * Whether a person decided it; later runs never change a decided deduction.
   *
   * @return true once decided
   */
  @Value.Default
  public boolean decided() {
    return false;
  }

  /**
   * Every step, oldest first.
   *
   * @return the history
   */
  public abstract List<LedgerEvent> history();

  /**
   * The amount still at stake: disputed plus unresolved.
   *
   * @return not negative
   */
  public Money open() {
    return disputed().add(unresolved());
  }

  /**
   * Whether a later line may still complete it as part of a combination: undecided, unmatched, with
   * a known type and no reference, and unauthorized, written off or unresolved (a part of a split
   * that the search could not tell from others stays open to the part that completes it).
   *
   * @return true if a later run may settle it
   */
  public boolean awaitsComplement() {
    return !decided() && reference().isEmpty() && type().isPresent() && matched().isZero()
        && (state() == DeductionState.UNAUTHORIZED || state() == DeductionState.WRITTEN_OFF
            || state() == DeductionState.UNRESOLVED);
  }

  @Value.Check
  void check() {
    Args.notBlank(id(), "id");
    Args.notBlank(accountId(), "accountId");
    Args.positive(amount(), "amount");
    Money[] parts = {matched(), writtenOff(), disputed(), unresolved(), recovered(), lossAccepted()};
    CurrencyUnit currency = amount().getCurrency();
    boolean oneCurrency = true;
    for (Money part : parts) {
      oneCurrency &= part.getCurrency().equals(currency);
    }
    if (oneCurrency) {
      // Summed as decimals: a Money per partial sum, and a message per part, cost more than the rest of
      // the value (a million per run); the messages are built only for a part that fails.
      BigDecimal sum = BigDecimal.ZERO;
      for (Money part : parts) {
        if (part.isNegative()) {
          Args.notNegative(part, "parts of " + id());
        }
        sum = sum.add(Monies.decimal(part));
      }
      if (sum.compareTo(Monies.decimal(amount())) == 0) {
        return;
      }
    }
    Money sum = Monies.zero(currency);
    for (Money part : parts) {
      Args.notNegative(part, "parts of " + id());
      sum = Monies.add(sum, part);
    }
    if (!sum.isEqualTo(amount())) {
      Args.check(false, "amount", "equal matched + written off + disputed + unresolved"
          + " + recovered + loss accepted = " + sum, amount());
    }
  }

  /** Builds a {@link LedgerDeduction}; every amount part is required. */
  public static final class Builder extends ImmutableLedgerDeduction.Builder {}
}
