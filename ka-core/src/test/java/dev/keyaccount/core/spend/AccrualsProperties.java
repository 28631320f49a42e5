package dev.keyaccount.core.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Invariants of accrual: any split of a period accrues the same total; off-invoice is never claimable. */
class AccrualsProperties {

  static final LocalDate START = LocalDate.of(2026, 1, 1);

  static SpendLine randomLine(Random random, int days) {
    FundingMethod method = FundingMethod.values()[random.nextInt(FundingMethod.values().length)];
    SpendLine.Builder b = SpendLine.builder().id("L").source(SpendSource.PROMOTION).sourceId("P").accountId("A")
        .feeType(FeeType.PROMOTION_SUPPORT).method(method).period(START, START.plusDays(days)).currency(Currencies.CNY);
    boolean bySales = method == FundingMethod.PERCENT_OF_SALES
        || (method != FundingMethod.PER_CASE && method != FundingMethod.SCAN_DOWN && random.nextBoolean());
    if (method == FundingMethod.LUMP_SUM) {
      b.lumpSum(Monies.ofMinorUnits(1 + (long) (random.nextDouble() * 1e12), Currencies.CNY));
    } else if (bySales) {
      b.salesRate(Rate.of(BigDecimal.valueOf(1 + random.nextInt(1_000_000), 6)));
    } else {
      b.perCase(Monies.of(BigDecimal.valueOf(1 + random.nextInt(100_000_000), 6), Currencies.CNY));
    }
    return b.build();
  }

  static List<SalesDay> randomSales(Random random, int days) {
    List<SalesDay> sales = new ArrayList<>();
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      sales.add(SalesDay.of(START.plusDays(random.nextInt(days + 20) - 10), random.nextInt(5_000), random.nextInt(5_000),
          Monies.ofMinorUnits(random.nextInt(100_000_000), Currencies.CNY)));
    }
    return sales;
  }

  static List<LocalDate> randomCuts(Random random, int days) {
    TreeSet<LocalDate> cuts = new TreeSet<>();
    int n = days > 1 ? random.nextInt(Math.min(days - 1, 40) + 1) : 0;
    for (int i = 0; i < n; i++) {
      cuts.add(START.plusDays(1 + random.nextInt(days - 1)));
    }
    return new ArrayList<>(cuts);
  }

  static org.javamoney.moneta.Money total(List<SpendAccrual> accruals) {
    List<org.javamoney.moneta.Money> amounts = new ArrayList<>();
    accruals.forEach(a -> amounts.add(a.amount()));
    return Monies.sum(amounts, Currencies.CNY);
  }

  @Test
  void anySplitOfThePeriod_accruesTheSameTotal() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(1, 800))
        .checkAssert((seed, days) -> {
          Random random = new Random(seed);
          SpendLine line = randomLine(random, days);
          List<SalesDay> sales = randomSales(random, days);
          SpendAccrual whole = Accruals.accrue(line, sales);
          List<SpendAccrual> parts = Accruals.split(line, randomCuts(random, days), sales);
          List<SpendAccrual> months = Accruals.monthly(line, sales);
          assertEquals(whole.amount(), total(parts));
          assertEquals(whole.amount(), total(months));
          line.lumpSum().ifPresent(total -> assertEquals(total, whole.amount()));
          assertEquals(line.period().getStart(), parts.get(0).period().getStart());
          assertEquals(line.period().getEnd(), parts.get(parts.size() - 1).period().getEnd());
          for (int i = 1; i < parts.size(); i++) {
            assertEquals(parts.get(i - 1).period().getEnd(), parts.get(i).period().getStart());
          }
        });
  }

  @Test
  void offInvoice_neverProducesAClaimableAmount() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(1, 400))
        .checkAssert((seed, days) -> {
          Random random = new Random(seed);
          SpendLine line = randomLine(random, days);
          for (SpendAccrual accrual : Accruals.monthly(line, randomSales(random, days))) {
            if (line.method() == FundingMethod.OFF_INVOICE) {
              assertEquals(Monies.zero(Currencies.CNY), accrual.claimableAmount());
            } else {
              assertEquals(accrual.amount(), accrual.claimableAmount());
            }
          }
        });
  }
}
