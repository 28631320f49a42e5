package dev.keyaccount.kpi.evaluation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.quicktheories.core.Gen;

/** QuickTheories generators of valid account facts, in CNY, around and beyond the standard bands. */
final class FactsGen {

  private FactsGen() {}

  static Gen<AccountFacts> facts() {
    Gen<long[]> first = longs().between(0, 80_000_000).zip(integers().between(-10_000, 10_000),
        integers().between(0, 120), integers().between(0, 10_000), integers().between(0, 10_000),
        (sales, growth, dso, display, activity) -> new long[] {sales, growth, dso, display, activity});
    return first.zip(integers().between(0, 40), integers().between(0, 4), (a, skus, rel) -> AccountFacts.builder()
        .accountId("A")
        .annualSales(Money.of(BigDecimal.valueOf(a[0], 2), Currencies.CNY))
        .growthRate(Rate.of(BigDecimal.valueOf(a[1], 4)))
        .dsoDays((int) a[2])
        .displayRate(Rate.of(BigDecimal.valueOf(a[3], 4)))
        .activityRate(Rate.of(BigDecimal.valueOf(a[4], 4)))
        .listedSkus(skus)
        .relationship(Level.values()[rel])
        .build());
  }
}
