package dev.keyaccount.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.kpi.cadence.CadenceReport;
import dev.keyaccount.kpi.cadence.SalesCadence;
import dev.keyaccount.kpi.channel.ChannelMix;
import dev.keyaccount.kpi.channel.MixLine;
import dev.keyaccount.kpi.execution.ExecutionReport;
import dev.keyaccount.kpi.execution.StoreAudit;
import dev.keyaccount.kpi.execution.StoreExecution;
import dev.keyaccount.kpi.fill.FillRates;
import dev.keyaccount.kpi.fill.FillReport;
import dev.keyaccount.kpi.fill.Order;
import dev.keyaccount.kpi.fill.OrderLine;
import dev.keyaccount.kpi.profit.AccountProfit;
import dev.keyaccount.kpi.profit.OperatingProfit;
import dev.keyaccount.kpi.profit.ProfitAndLoss;
import dev.keyaccount.kpi.profit.ProfitInput;
import dev.keyaccount.kpi.share.MarketShare;
import dev.keyaccount.kpi.share.ShareOutcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the KPI calculators: rates stay in [0, 1], totals are exact sums, order does not matter. */
class KpiProperties {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

  private static Gen<List<Order>> orders() {
    Gen<OrderLine> line = integers().between(1, 500).zip(integers().between(0, 100), integers().between(-3, 3),
        (ordered, pct, late) -> {
          long shipped = ordered * pct / 100L;
          return OrderLine.of("S" + ordered, ordered, shipped, shipped == 0 ? null : DUE.plusDays(late));
        });
    return lists().of(lists().of(line).ofSizeBetween(1, 4)).ofSizeBetween(1, 8).map(groups -> {
      List<Order> result = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        result.add(Order.builder().orderId("O" + i).accountId("A" + i % 3).dueDate(DUE).addAllLines(groups.get(i))
            .build());
      }
      return result;
    });
  }

  private static boolean unit(Rate r) {
    return r.isBetweenZeroAndOne();
  }

  @Test
  void fillRates_stayInUnitInterval_andIgnoreOrder() {
    qt().withExamples(200).forAll(orders(), longs().all()).checkAssert((orders, seed) -> {
      FillReport r = FillRates.DEFAULT.measure(orders);
      assertTrue(unit(r.caseFill()) && unit(r.lineFill()) && unit(r.orderFill()) && unit(r.onTimeInFull()), r::toString);
      assertTrue(r.onTimeInFull().compareTo(r.orderFill()) <= 0, r::toString);
      List<Order> shuffled = new ArrayList<>(orders);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(r, FillRates.DEFAULT.measure(shuffled));
    });
  }

  @Test
  void execution_ratesStayInUnitInterval_scoreIn0To100_andIgnoreOrder() {
    Gen<StoreAudit> audit = integers().between(0, 20).zip(integers().between(1, 40), integers().between(0, 10),
        integers().between(1, 20), integers().between(0, 15),
        (d, cd, a, ca, skuMask) -> StoreAudit.builder().storeId("S" + d + "-" + cd + "-" + a + "-" + ca + "-" + skuMask)
            .displayPoints(Math.min(d, cd)).categoryDisplayPoints(cd).activities(Math.min(a, ca)).categoryActivities(ca)
            .addAllSkusOnShelf(skus(skuMask)).build());
    qt().withExamples(200).forAll(lists().of(audit).ofSizeBetween(1, 6), longs().all()).checkAssert((audits, seed) -> {
      List<StoreAudit> unique = new ArrayList<>(new LinkedHashMap<String, StoreAudit>() {
        private static final long serialVersionUID = 1L;

        {
          audits.forEach(a -> put(a.storeId(), a));
        }
      }.values());
      ExecutionReport r = StoreExecution.DEFAULT.measure(unique, Set.of("A", "B", "C", "D"));
      assertTrue(unit(r.displayRate()) && unit(r.activityRate()) && unit(r.distributionRate()), r::toString);
      r.distributionBySku().values().forEach(v -> assertTrue(unit(v)));
      assertTrue(r.score().signum() >= 0 && r.score().compareTo(BigDecimal.valueOf(100)) <= 0, r::toString);
      List<StoreAudit> shuffled = new ArrayList<>(unique);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(r, StoreExecution.DEFAULT.measure(shuffled, Set.of("A", "B", "C", "D")));
    });
  }

  private static List<String> skus(int mask) {
    List<String> skus = new ArrayList<>();
    String[] all = {"A", "B", "C", "D"};
    for (int i = 0; i < all.length; i++) {
      if ((mask & (1 << i)) != 0) {
        skus.add(all[i]);
      }
    }
    skus.add("OTHER");
    return skus;
  }

  @Test
  void share_staysInUnitInterval_andOutcomeFollowsGrowth() {
    qt().withExamples(300).forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000),
        integers().between(-9999, 20000), integers().between(-9999, 20000)).checkAssert((ours, extra, g, h) -> {
          Rate share = MarketShare.DEFAULT.share(Money.of(ours, "CNY"), Money.of(ours + extra, "CNY"));
          assertTrue(unit(share));
          ShareOutcome outcome = MarketShare.DEFAULT.change(Rate.of(BigDecimal.valueOf(g, 4)),
              Rate.of(BigDecimal.valueOf(h, 4))).outcome();
          int c = Integer.compare(g, h);
          assertEquals(c > 0 ? ShareOutcome.GAINED : c == 0 ? ShareOutcome.HELD : ShareOutcome.LOST, outcome);
        });
  }

  @Test
  void cadence_sharesSumToOne_balanceInUnitInterval() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(2, 13))
        .assuming(list -> list.stream().anyMatch(x -> x > 0))
        .checkAssert(list -> {
          List<BigDecimal> sales = new ArrayList<>();
          list.forEach(x -> sales.add(BigDecimal.valueOf(x)));
          CadenceReport r = SalesCadence.DEFAULT.analyse(sales);
          assertTrue(unit(r.balanceIndex()), r::toString);
          BigDecimal sum = r.shares().stream().map(Rate::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertEquals(0, BigDecimal.ONE.compareTo(sum.round(new MathContext(30))), sum::toPlainString);
          boolean even = list.stream().distinct().count() == 1;
          assertEquals(even, r.balanceIndex().equals(Rate.ONE), r::toString);
        });
  }

  @Test
  void mix_sharesSumToOne() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 6))
        .assuming(list -> list.stream().anyMatch(x -> x > 0))
        .checkAssert(list -> {
          Map<String, BigDecimal> actual = new LinkedHashMap<>();
          for (int i = 0; i < list.size(); i++) {
            actual.put("k" + i, BigDecimal.valueOf(list.get(i)));
          }
          List<MixLine> lines = ChannelMix.DEFAULT.compare(actual, Map.of("k0", Rate.ONE));
          BigDecimal sum = lines.stream().map(l -> l.actualShare().fraction()).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertEquals(0, BigDecimal.ONE.compareTo(sum.round(new MathContext(30))));
          lines.forEach(l -> assertTrue(unit(l.actualShare())));
        });
  }

  @Test
  void accountProfit_isTheExactSumOfItsStores_inAnyOrder() {
    Gen<ProfitInput> store = longs().between(0, 10_000_000).zip(longs().between(0, 10_000_000),
        longs().between(0, 1_000_000), longs().between(0, 1_000_000), integers().between(0, 5),
        (sales, cost, fee, variable, type) -> ProfitInput.builder().id("S" + sales + "-" + cost + "-" + fee)
            .netSales(Monies.ofMinorUnits(sales, dev.keyaccount.core.money.Currencies.CNY))
            .costOfGoods(Monies.ofMinorUnits(cost, dev.keyaccount.core.money.Currencies.CNY))
            .putFixedFees(FeeType.values()[type], Monies.ofMinorUnits(fee, dev.keyaccount.core.money.Currencies.CNY))
            .variablePromotionCost(Monies.ofMinorUnits(variable, dev.keyaccount.core.money.Currencies.CNY)).build());
    qt().withExamples(150).forAll(lists().of(store).ofSizeBetween(1, 6), longs().all()).checkAssert((stores, seed) -> {
      List<ProfitInput> unique = new ArrayList<>(new LinkedHashMap<String, ProfitInput>() {
        private static final long serialVersionUID = 1L;

        {
          stores.forEach(s -> put(s.id(), s));
        }
      }.values());
      AccountProfit a = OperatingProfit.DEFAULT.byStore("A", unique);
      BigDecimal contribution = BigDecimal.ZERO;
      for (ProfitAndLoss p : a.stores()) {
        contribution = contribution.add(Monies.decimal(p.contribution()));
        assertEquals(0, Monies.decimal(p.netSales()).subtract(Monies.decimal(p.costOfGoods()))
            .subtract(Monies.decimal(p.tradeSpend())).compareTo(Monies.decimal(p.contribution())));
      }
      assertEquals(0, contribution.compareTo(Monies.decimal(a.total().contribution())));
      List<ProfitInput> shuffled = new ArrayList<>(unique);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(a.total(), OperatingProfit.DEFAULT.byStore("A", shuffled).total());
    });
  }
}
