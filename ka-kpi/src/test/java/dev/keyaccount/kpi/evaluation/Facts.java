package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;

/** Builds account facts for tests: a mid-table account whose every fact can be overridden. */
final class Facts {

  private Facts() {}

  /** An account that scores AVERAGE on every criterion of the standard scorecard. */
  static AccountFacts.Builder average(String id) {
    return facts(id, "350000", "0.12", 45, "0.17", "0.32", 15, Level.AVERAGE);
  }

  static AccountFacts.Builder facts(String id, String sales, String growth, int dso, String display,
      String activity, int skus, Level relationship) {
    AccountFacts.Builder b = AccountFacts.builder();
    b.accountId(id)
        .annualSales(Money.of(new BigDecimal(sales), Currencies.CNY))
        .growthRate(Rate.of(growth))
        .dsoDays(dso)
        .displayRate(Rate.of(display))
        .activityRate(Rate.of(activity))
        .listedSkus(skus)
        .relationship(relationship);
    return b;
  }

  /** The average account with one standard measure set to a value given as text. */
  static AccountFacts with(String measure, String value) {
    AccountFacts.Builder b = average("A-" + measure + "-" + value);
    switch (measure) {
      case "annualSales":
        b.annualSales(Money.of(new BigDecimal(value), Currencies.CNY));
        break;
      case "growthRate":
        b.growthRate(Rate.of(value));
        break;
      case "dsoDays":
        b.dsoDays(Integer.parseInt(value));
        break;
      case "displayRate":
        b.displayRate(Rate.of(value));
        break;
      case "activityRate":
        b.activityRate(Rate.of(value));
        break;
      case "listedSkus":
        b.listedSkus(Integer.parseInt(value));
        break;
      case "relationship":
        b.relationship(Level.valueOf(value));
        break;
      default:
        throw new IllegalArgumentException(measure);
    }
    return b.build();
  }
}
