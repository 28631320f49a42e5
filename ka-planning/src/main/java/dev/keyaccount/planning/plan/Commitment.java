package dev.keyaccount.planning.plan;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * What one side commits to in a customer plan (承诺): a display programme, promotion slots, trade
 * investment, payment terms, with an optional amount and due date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Commitment {

  Commitment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A commitment without amount or due date.
   *
   * @param party who commits
   * @param description what is committed
   * @return the commitment
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Commitment of(Party party, String description) {
    return builder().party(party).description(description).build();
  }

  /**
   * Who commits.
   *
   * @return the party
   */
  public abstract Party party();

  /**
   * What is committed.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * The money committed, if any.
   *
   * @return the amount, not negative
   */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * When the commitment is due, if set.
   *
   * @return the due date
   */
  public abstract Optional<LocalDate> dueDate();

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  Commitment check() {
    Optional<Money> amount = amount().map(x -> Monies.of(x, "amount"));
    if (amount.orElse(null) != amount().orElse(null)) {
      return builder().from(this).amount(amount).build();
    }
    Args.notBlank(description(), "description");
    amount().ifPresent(a -> Args.notNegative(a, "amount"));
    return this;
  }

  /** Builds a {@link Commitment}; amount and due date are optional. */
  public static final class Builder extends ImmutableCommitment.Builder {}
}
