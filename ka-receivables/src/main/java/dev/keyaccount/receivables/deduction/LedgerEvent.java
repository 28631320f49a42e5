package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One step in a deduction's history in the {@link DeductionLedger}: a run that settled or changed it,
 * a person's decision, or a step of its dispute. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LedgerEvent {

  LedgerEvent() {}

  /** What happened. */
  public enum Kind {
    /** A matching run settled the deduction in {@link #state()}. */
    MATCHED,
    /** A later run changed its state (a split's second part arrived, for instance). */
    REMATCHED,
    /** A person decided it ({@link DeductionDecision}). */
    DECIDED,
    /** The retailer repaid {@link #amount()} of the disputed amount. */
    RECOVERED,
    /** {@link #amount()} of the disputed amount was accepted as our loss. */
    LOSS_ACCEPTED,
    /** {@link #amount()} of the disputed amount was written off. */
    WRITTEN_OFF
  }

  /**
   * Returns an event.
   *
   * @param date when it happened (the deduction's date for a run, the decision's date otherwise)
   * @param kind what happened
   * @param state the deduction's state after it
   * @param amount the amount concerned (the deduction's amount for a run or a decision)
   * @return the event
   */
  public static LedgerEvent of(LocalDate date, Kind kind, DeductionState state, MonetaryAmount amount) {
    return ImmutableLedgerEvent.of(date, kind, state, Monies.of(Args.notNull(amount, "amount")));
  }

  /**
   * When it happened.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * What happened.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * The deduction's state after the event.
   *
   * @return the state
   */
  @Value.Parameter
  public abstract DeductionState state();

  /**
   * The amount concerned.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money amount();

  @Value.Check
  void check() {
    Args.notNegative(amount(), "amount");
  }
}
