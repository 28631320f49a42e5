package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.account.Account;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The facts a scorecard evaluates about one account (客户评估资料): annual sales, growth, payment terms
 * as DSO days, display and activity rates, SKUs listed and the working relationship, plus any extra
 * named measures that custom criteria read (profit, market share, inventory holding...).
 *
 * <p>A user holding an {@link Account} starts from it: {@code AccountFacts.builder().account(account)}
 * takes the account's id and name, and the measured facts follow. The id is the one every module names
 * an account by, {@link Account#id()}.
 *
 * <p>Rates are fractions ({@code 0.22} is 22%). Annual sales are not negative; growth is not below
 * −100%; display and activity rates lie in {@code [0, 1]}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountFacts {

  AccountFacts() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The account's identifier, {@link Account#id()} when the facts were built from an {@link Account}.
   *
   * @return the id, not blank
   */
  public abstract String accountId();

  /**
   * The account's name, for reports.
   *
   * @return the name, if given
   */
  public abstract Optional<String> name();

  /**
   * Annual sales (年销售额) with the account.
   *
   * @return the amount, not negative
   */
  public abstract MonetaryAmount annualSales();

  /**
   * Sales growth rate (成长率) over the previous year.
   *
   * @return the rate, not below −100%
   */
  public abstract Rate growthRate();

  /**
   * Payment terms as days sales outstanding (帐期).
   *
   * @return the days, not negative
   */
  public abstract int dsoDays();

  /**
   * Display rate (陈列率): our share of the category's display space at the account.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate displayRate();

  /**
   * Activity rate (活动率): our share of the category's promotion activities at the account.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate activityRate();

  /**
   * SKUs listed at the account (产品分销).
   *
   * @return the count, not negative
   */
  public abstract int listedSkus();

  /**
   * The working relationship (合作关系), rated directly on the five levels.
   *
   * @return the level
   */
  public abstract Level relationship();

  /**
   * Extra numeric measures by name, for custom banded criteria (such as {@code "profit"}).
   *
   * @return the measures; names are not standard measure names
   */
  public abstract Map<String, BigDecimal> measures();

  /**
   * Extra directly rated measures by name, for custom rated criteria.
   *
   * @return the ratings; names are not standard measure names
   */
  public abstract Map<String, Level> ratings();

  /** Annual sales as a decimal, extracted once for the scoring loop. */
  @Value.Derived
  @Value.Auxiliary
  BigDecimal salesValue() {
    return Monies.decimal(annualSales());
  }

  /** Annual sales as the nearest double: a first, exact-where-it-decides comparison in the scoring loop. */
  @Value.Derived
  @Value.Auxiliary
  double salesDouble() {
    return salesValue().doubleValue();
  }

  /** The growth rate as the nearest double, for the scoring loop. */
  @Value.Derived
  @Value.Auxiliary
  double growthDouble() {
    return growthRate().fraction().doubleValue();
  }

  /** The display rate as the nearest double, for the scoring loop. */
  @Value.Derived
  @Value.Auxiliary
  double displayDouble() {
    return displayRate().fraction().doubleValue();
  }

  /** The activity rate as the nearest double, for the scoring loop. */
  @Value.Derived
  @Value.Auxiliary
  double activityDouble() {
    return activityRate().fraction().doubleValue();
  }

  /** DSO days as a decimal, converted once for the scoring loop. */
  @Value.Derived
  @Value.Auxiliary
  BigDecimal dsoValue() {
    return BigDecimal.valueOf(dsoDays());
  }

  /** Listed SKUs as a decimal, converted once for the scoring loop. */
  @Value.Derived
  @Value.Auxiliary
  BigDecimal skusValue() {
    return BigDecimal.valueOf(listedSkus());
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  AccountFacts check() {
    Money annualSales = Monies.of(annualSales(), "annualSales");
    if (annualSales != annualSales()) {
      return builder().from(this).annualSales(annualSales).build();
    }
    Args.notBlank(accountId(), "accountId");
    Args.notNegative(annualSales(), "annualSales");
    Args.check(growthRate().fraction().compareTo(BigDecimal.ONE.negate()) >= 0, "growthRate",
        "not be below -100%", growthRate());
    Args.notNegative(dsoDays(), "dsoDays");
    Args.check(displayRate().isBetweenZeroAndOne(), "displayRate", "be between 0% and 100%", displayRate());
    Args.check(activityRate().isBetweenZeroAndOne(), "activityRate", "be between 0% and 100%", activityRate());
    Args.notNegative(listedSkus(), "listedSkus");
    for (String name : measures().keySet()) {
      Args.check(!Measure.named(name).isStandard(), "measures", "not use a standard measure name", name);
    }
    for (String name : ratings().keySet()) {
      Args.check(!Measure.named(name).isStandard(), "ratings", "not use a standard measure name", name);
    }
    return this;
  }

  /**
   * Builds {@link AccountFacts}; the name, extra measures and ratings are optional, every other fact is
   * required. The id and name can come from an {@link Account} through {@link #account(Account)}.
   */
  public static final class Builder extends ImmutableAccountFacts.Builder {

    private Account account;

    /** Creates an empty builder; prefer {@link AccountFacts#builder()}. */
    public Builder() {}

    /**
     * Takes the account's id ({@link Account#id()}) and name from the account these facts measure. A
     * name set afterwards replaces the account's name in reports; an id set afterwards must be the
     * account's id.
     *
     * @param account the account the facts are about
     * @return this builder
     * @throws NullPointerException naming {@code account} if it is null
     */
    public Builder account(Account account) {
      this.account = Args.notNull(account, "account");
      accountId(account.id());
      name(account.name());
      return this;
    }

    /**
     * Builds the facts, checking that an id set after {@link #account(Account)} is still the account's id.
     *
     * @return the facts
     * @throws IllegalStateException if a required fact is missing
     * @throws IllegalArgumentException if a fact is out of range, or naming {@code accountId} if it is not
     *     the id of the account given to {@link #account(Account)}
     */
    @Override
    public AccountFacts build() {
      AccountFacts facts = super.build();
      if (account != null && !facts.accountId().equals(account.id())) {
        throw Args.invalid("accountId", "be the id '" + account.id() + "' of the account given",
            "'" + facts.accountId() + "'");
      }
      return facts;
    }
  }
}
