package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * What a {@link DeductionLedger} knows of one authorization: its amount when last listed and every
 * consumption so far, ordered by date, then deduction id (so that week-by-week runs and one run over
 * all the weeks give equal uses). Never consumed beyond its amount. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class AuthorizationUse {

  AuthorizationUse() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The authorization's id.
   *
   * @return the id
   */
  public abstract String authorizationId();

  /**
   * The authorization's amount when it was last listed.
   *
   * @return a positive amount
   */
  public abstract Money amount();

  /**
   * Every consumption, by date, then deduction id.
   *
   * @return the consumptions
   */
  public abstract List<Consumption> consumptions();

  /**
   * The sum of the consumptions.
   *
   * @return the amount consumed so far, in the amount's currency
   */
  @Value.Derived
  public Money consumed() {
    List<Consumption> list = consumptions();
    if (list.size() == 1 && list.get(0).amount().getCurrency().equals(amount().getCurrency())) {
      // Most authorizations are consumed once: their consumption's amount is the sum, no new value.
      return list.get(0).amount();
    }
    return sum();
  }

  private Money sum() {
    Money total = Monies.zero(amount().getCurrency());
    for (Consumption c : consumptions()) {
      total = Monies.add(total, c.amount());
    }
    return total;
  }

  /**
   * What is left: the amount less what was consumed.
   *
   * @return not negative
   */
  public Money remaining() {
    return amount().subtract(consumed());
  }

  @Value.Check
  AuthorizationUse normalised() {
    Args.notBlank(authorizationId(), "authorizationId");
    Args.positive(amount(), "amount");
    if (consumed().isGreaterThan(amount())) {
      Args.check(false, "consumptions", "add up to at most the amount " + amount(), sum());
    }
    List<Consumption> list = consumptions();
    for (int i = 1; i < list.size(); i++) {
      if (ORDER.compare(list.get(i - 1), list.get(i)) > 0) {
        List<Consumption> sorted = new ArrayList<>(list);
        sorted.sort(ORDER);
        return new Builder().from(this).consumptions(sorted).build();
      }
    }
    return this;
  }

  private static final Comparator<Consumption> ORDER =
      Comparator.comparing(Consumption::date).thenComparing(Consumption::deductionId);

  /** Builds an {@link AuthorizationUse}; the id and the amount are required. */
  public static final class Builder extends ImmutableAuthorizationUse.Builder {}
}
