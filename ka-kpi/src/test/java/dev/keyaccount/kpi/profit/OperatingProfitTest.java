package dev.keyaccount.kpi.profit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class OperatingProfitTest {

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), "CNY");
  }

  private static ProfitInput store(String id, String sales, String cost, String listing, String display,
      String variable) {
    return ProfitInput.builder().id(id).netSales(cny(sales)).costOfGoods(cny(cost))
        .putFixedFees(FeeType.LISTING, cny(listing)).putFixedFees(FeeType.DISPLAY, cny(display))
        .variablePromotionCost(cny(variable)).build();
  }

  @Test
  void statement_showsEveryLineAndFeeType() {
    ProfitAndLoss p = OperatingProfit.DEFAULT.statement(store("S1", "100000", "70000", "5000", "3000", "4000"));
    assertEquals("S1", p.id());
    assertEquals(cny("100000"), p.netSales());
    assertEquals(cny("70000"), p.costOfGoods());
    assertEquals(cny("30000"), p.grossMargin());
    assertEquals(cny("5000"), p.fees().get(FeeType.LISTING));
    assertEquals(cny("3000"), p.fees().get(FeeType.DISPLAY));
    assertEquals(cny("0"), p.fees().get(FeeType.REBATE));
    assertEquals(FeeType.values().length, p.fees().size());
    assertEquals(cny("8000"), p.fixedFees());
    assertEquals(cny("4000"), p.variablePromotionCost());
    assertEquals(cny("12000"), p.tradeSpend());
    assertEquals(cny("18000"), p.contribution());
    assertEquals(Optional.of(Rate.of("0.3")), p.grossMarginRate());
    assertEquals(Optional.of(Rate.of("0.18")), p.contributionMargin());
    assertEquals(Optional.of(Rate.of("0.12")), p.expenseRatio());
    assertFalse(p.isLoss());
  }

  @Test
  void volumeBoughtAtALoss_isALoss() {
    ProfitAndLoss p = OperatingProfit.DEFAULT.statement(store("S2", "50000", "40000", "8000", "5000", "2000"));
    assertEquals(cny("-5000"), p.contribution());
    assertTrue(p.isLoss());
    assertEquals(Optional.of(Rate.of("-0.1")), p.contributionMargin());
  }

  @Test
  void storeWithoutSales_hasNoRatios() {
    ProfitAndLoss p = OperatingProfit.DEFAULT.statement(store("S3", "0", "0", "1000", "0", "0"));
    assertEquals(cny("-1000"), p.contribution());
    assertEquals(Optional.empty(), p.expenseRatio());
    assertEquals(Optional.empty(), p.contributionMargin());
    assertEquals(Optional.empty(), p.grossMarginRate());
  }

  @Test
  void byStore_totalIsTheExactSumOfTheStores() {
    AccountProfit a = OperatingProfit.DEFAULT.byStore("A", List.of(
        store("S1", "100000.01", "70000", "5000", "3000", "4000"),
        store("S2", "50000", "40000.02", "8000", "5000", "2000.5")));
    assertEquals(2, a.stores().size());
    ProfitAndLoss t = a.total();
    assertEquals("A", t.id());
    assertEquals(cny("150000.01"), t.netSales());
    assertEquals(cny("110000.02"), t.costOfGoods());
    assertEquals(cny("13000"), t.fees().get(FeeType.LISTING));
    assertEquals(cny("8000"), t.fees().get(FeeType.DISPLAY));
    assertEquals(cny("6000.5"), t.variablePromotionCost());
    assertEquals(cny("27000.5"), t.tradeSpend());
    assertEquals(cny("12999.49"), t.contribution());
    assertEquals(a.stores().get(0), OperatingProfit.DEFAULT.statement(store("S1", "100000.01", "70000", "5000", "3000",
        "4000")));
  }

  @Test
  void rejectedInput() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> store("S", "-1", "0", "0", "0", "0"));
    assertEquals("Argument 'netSales' must not be negative but has value CNY -1", negative.getMessage());
    IllegalArgumentException fee = assertThrows(IllegalArgumentException.class,
        () -> store("S", "1", "0", "-5", "0", "0"));
    assertEquals("Argument 'fixedFees[LISTING]' must not be negative but has value CNY -5", fee.getMessage());
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> ProfitInput.builder()
        .id("S").netSales(cny("1")).costOfGoods(Money.of(1, "USD")).variablePromotionCost(cny("0")).build());
    assertTrue(mixed.getMessage().contains("USD") && mixed.getMessage().contains("CNY"), mixed.getMessage());
    IllegalArgumentException variable = assertThrows(IllegalArgumentException.class, () -> ProfitInput.builder()
        .id("S").netSales(cny("1")).costOfGoods(cny("0")).variablePromotionCost(Money.of(1, "USD")).build());
    assertTrue(variable.getMessage().contains("variablePromotionCost") && variable.getMessage().contains("USD"),
        variable.getMessage());
    IllegalArgumentException feeCurrency = assertThrows(IllegalArgumentException.class, () -> ProfitInput.builder()
        .id("S").netSales(cny("1")).costOfGoods(cny("0")).variablePromotionCost(cny("0"))
        .putFixedFees(FeeType.REBATE, Money.of(1, "USD")).build());
    assertTrue(feeCurrency.getMessage().contains("fixedFees[REBATE]") && feeCurrency.getMessage().contains("USD"),
        feeCurrency.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> OperatingProfit.DEFAULT.byStore("A", List.of()));
    assertEquals("Argument 'stores' must not be empty but has value []", empty.getMessage());
    ProfitInput usd = ProfitInput.builder().id("U").netSales(Money.of(1, "USD")).costOfGoods(Money.of(0, "USD"))
        .variablePromotionCost(Money.of(0, "USD")).build();
    ProfitInput s1 = store("S", "100", "60", "0", "0", "5");
    ProfitInput s2 = store("T", "50", "20", "0", "0", "1");
    AccountProfit p = OperatingProfit.DEFAULT.byStore("A", java.util.Arrays.asList(null, s1, usd,
        store("S", "1", "0", "0", "0", "0"), s2));
    assertEquals(OperatingProfit.DEFAULT.byStore("A", List.of(s1, s2)).total(), p.total());
    assertEquals(List.of(OperatingProfit.DEFAULT.statement(s1), OperatingProfit.DEFAULT.statement(s2)), p.stores());
    assertEquals(List.of(
        FailureItem.of("stores", 0, null, FailureReason.NULL_ITEM, "Argument 'stores[0]' must not be null but has value null"),
        FailureItem.of("stores", 2, "U", FailureReason.CURRENCY_MISMATCH,
            "Argument 'stores[2].netSales' must be in currency CNY but is in USD (value USD 1)"),
        FailureItem.of("stores", 3, "S", FailureReason.DUPLICATE_ID,
            "Argument 'stores[3]' must have a unique id but has value 'S' (the id of stores[1])")), p.failures());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> OperatingProfit.DEFAULT.byStore("A", java.util.Arrays.asList((ProfitInput) null)));
    assertEquals("Argument 'stores' must have at least one store that can be counted but has value "
        + "Argument 'stores[0]' must not be null but has value null", none.getMessage());
  }

  @Test
  void aFixedFeeGivenAsFastMoney_isHeldAsMoney_evenWhenTheOtherAmountsAreMoneyAlready() {
    // Net sales, cost and variable cost are Money already; only the one fee needs converting, and the
    // check must notice it: equal amounts give equal inputs.
    ProfitInput fast = ProfitInput.builder().id("S1").netSales(cny("100000")).costOfGoods(cny("70000"))
        .putFixedFees(FeeType.LISTING, FastMoney.of(5000, "CNY")).variablePromotionCost(cny("4000")).build();
    assertTrue(fast.fixedFees().get(FeeType.LISTING) instanceof Money);
    assertEquals(ProfitInput.builder().id("S1").netSales(cny("100000")).costOfGoods(cny("70000"))
        .putFixedFees(FeeType.LISTING, cny("5000")).variablePromotionCost(cny("4000")).build(), fast);
  }
}
