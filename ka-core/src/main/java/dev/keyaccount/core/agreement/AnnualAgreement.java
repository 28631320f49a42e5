package dev.keyaccount.core.agreement;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The annual agreement (年度协议) with an account, on which all other work rests: the sales and volume
 * targets, the trade investment by fee type, display commitments (display points 陈列点, facings),
 * activity commitments (promotion slots 活动点), payment terms (账期) and credit limit (信用额度).
 *
 * <p>All amounts are in the sales target's currency. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualAgreement {

  AnnualAgreement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The account the agreement is with.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * The agreement year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The sales target for the year.
   *
   * @return the target, not negative
   */
  public abstract MonetaryAmount salesTarget();

  /**
   * The volume target for the year, in cases.
   *
   * @return the target, not negative
   */
  public abstract long volumeTargetCases();

  /**
   * The trade investment committed per fee type; absent fee types are zero.
   *
   * @return the investment per fee type, none negative
   */
  public abstract Map<FeeType, MonetaryAmount> tradeInvestment();

  /**
   * The display points (陈列点) the retailer commits to.
   *
   * @return not negative
   */
  public abstract int displayPoints();

  /**
   * The extra facings (排面) the retailer commits to.
   *
   * @return not negative
   */
  @Value.Default
  public int facings() {
    return 0;
  }

  /**
   * The activity points (活动点, promotion slots) the retailer commits to.
   *
   * @return not negative
   */
  public abstract int activityPoints();

  /**
   * The payment terms (账期) in days after invoice.
   *
   * @return not negative
   */
  public abstract int paymentTermDays();

  /**
   * The credit limit (信用额度).
   *
   * @return the limit, not negative
   */
  public abstract MonetaryAmount creditLimit();

  /**
   * The currency of every amount in the agreement.
   *
   * @return the sales target's currency
   */
  public CurrencyUnit currency() {
    return salesTarget().getCurrency();
  }

  /**
   * The investment for one fee type.
   *
   * @param type the fee type
   * @return the amount, zero when none is committed
   */
  public MonetaryAmount investment(FeeType type) {
    Args.notNull(type, "type");
    MonetaryAmount amount = tradeInvestment().get(type);
    return amount != null ? amount : Monies.zero(currency());
  }

  /**
   * The total trade investment over all fee types.
   *
   * @return the exact total
   */
  public MonetaryAmount totalTradeInvestment() {
    return Monies.sum(tradeInvestment().values(), currency());
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  AnnualAgreement check() {
    Money salesTarget = Monies.of(salesTarget(), "salesTarget");
    Money creditLimit = Monies.of(creditLimit(), "creditLimit");
    Map<FeeType, Money> tradeInvestment = new LinkedHashMap<>();
    boolean held = salesTarget == salesTarget() && creditLimit == creditLimit();
    for (Map.Entry<FeeType, MonetaryAmount> e : tradeInvestment().entrySet()) {
      Money amount = Monies.of(e.getValue(), "tradeInvestment");
      held &= amount == e.getValue();
      tradeInvestment.put(e.getKey(), amount);
    }
    if (!held) {
      return builder().from(this).salesTarget(salesTarget).creditLimit(creditLimit)
          .tradeInvestment(tradeInvestment).build();
    }
    Args.notBlank(accountId(), "accountId");
    Args.notNegative(salesTarget(), "salesTarget");
    Args.notNegative(volumeTargetCases(), "volumeTargetCases");
    Args.notNegative(displayPoints(), "displayPoints");
    Args.notNegative(facings(), "facings");
    Args.notNegative(activityPoints(), "activityPoints");
    Args.notNegative(paymentTermDays(), "paymentTermDays");
    Args.notNegative(creditLimit(), "creditLimit");
    Monies.requireSameCurrency(salesTarget(), creditLimit(), "creditLimit");
    tradeInvestment().forEach((type, amount) -> {
      Args.notNegative(amount, "tradeInvestment[" + type + "]");
      Monies.requireSameCurrency(salesTarget(), amount, "tradeInvestment[" + type + "]");
    });
    return this;
  }

  /** Builds an {@link AnnualAgreement}; facings and trade investment are optional. */
  public static final class Builder extends ImmutableAnnualAgreement.Builder {}
}
