package dev.keyaccount.kpi.profit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.core.spend.SpendLine;
import dev.keyaccount.core.spend.SpendSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Accrued trade spend fed into the operating P&L: fixed fees by type, promotion cost, off-invoice left out. */
class TradeSpendProfitTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);
  private static final LocalDateRange Q1 = LocalDateRange.of(JAN_1, APR_1);

  private static Money cny(String amount) {
    return Monies.of(new BigDecimal(amount), Currencies.CNY);
  }

  private static SpendAccrual accrual(String id, String account, SpendSource source, FeeType type,
      FundingMethod method, String amount) {
    SpendLine.Builder line = SpendLine.builder().id(id).source(source).sourceId("SRC-" + id).accountId(account)
        .feeType(type).method(method).period(JAN_1, APR_1).currency(Currencies.CNY);
    if (method == FundingMethod.LUMP_SUM) {
      line.lumpSum(cny(amount));
    } else if (method == FundingMethod.PERCENT_OF_SALES) {
      line.salesRate(Rate.parse("2%"));
    } else {
      line.perCase(cny("0.50"));
    }
    return SpendAccrual.of(line.build(), Q1, cny(amount));
  }

  private static List<SpendAccrual> sample() {
    return List.of(
        accrual("L-1", "CRF", SpendSource.AGREEMENT_LINE, FeeType.DISPLAY, FundingMethod.LUMP_SUM, "10000.00"),
        accrual("L-2", "CRF", SpendSource.AGREEMENT_LINE, FeeType.DISPLAY, FundingMethod.LUMP_SUM, "2500.50"),
        accrual("L-3", "CRF", SpendSource.AGREEMENT_LINE, FeeType.LISTING, FundingMethod.BILL_BACK, "800.00"),
        accrual("P-1", "CRF", SpendSource.PROMOTION, FeeType.PROMOTION_SUPPORT, FundingMethod.PER_CASE, "3000.00"),
        accrual("P-2", "CRF", SpendSource.PROMOTION, FeeType.PROMOTION_SUPPORT, FundingMethod.SCAN_DOWN, "1200.25"),
        accrual("P-3", "CRF", SpendSource.PROMOTION, FeeType.PROMOTION_SUPPORT, FundingMethod.OFF_INVOICE, "5000.00"),
        accrual("L-4", "CRF", SpendSource.AGREEMENT_LINE, FeeType.BARCODE, FundingMethod.OFF_INVOICE, "700.00"));
  }

  @Test
  void accruals_becomeFixedFeesByType_andPromotionCost_offInvoiceLeftOut() {
    ProfitInput input = TradeSpendProfit.DEFAULT.input("CRF", cny("200000.00"), cny("120000.00"), sample());
    // Display 10,000.00 + 2,500.50 = 12,500.50; listing 800.00; barcode off invoice: not a fee.
    assertEquals(Map.of(FeeType.DISPLAY, cny("12500.50"), FeeType.LISTING, cny("800.00")), input.fixedFees());
    // Promotions 3,000.00 + 1,200.25 = 4,200.25; the 5,000.00 off invoice is already out of net sales.
    assertEquals(cny("4200.25"), Monies.of(input.variablePromotionCost()));
    ProfitAndLoss pnl = OperatingProfit.DEFAULT.statement(input);
    // Trade spend 12,500.50 + 800.00 + 4,200.25 = 17,500.75; expense ratio 17,500.75 / 200,000 = 8.750375%.
    assertEquals(cny("17500.75"), Monies.of(pnl.tradeSpend()));
    assertEquals(0, pnl.expenseRatio().orElseThrow().fraction().compareTo(new BigDecimal("0.08750375")));
    // Contribution 200,000 − 120,000 − 17,500.75 = 62,499.25.
    assertEquals(cny("62499.25"), Monies.of(pnl.contribution()));
  }

  @Test
  void theOrderOfTheAccruals_doesNotMatter() {
    List<SpendAccrual> shuffled = new ArrayList<>(sample());
    Collections.reverse(shuffled);
    assertEquals(TradeSpendProfit.DEFAULT.input("CRF", cny("1.00"), cny("0"), sample()),
        TradeSpendProfit.DEFAULT.input("CRF", cny("1.00"), cny("0"), shuffled));
  }

  @Test
  void noAccruals_noFees() {
    ProfitInput input = TradeSpendProfit.DEFAULT.input("CRF", cny("100.00"), cny("40.00"), List.of());
    assertEquals(Map.of(), input.fixedFees());
    assertEquals(cny("0"), Monies.of(input.variablePromotionCost()));
    assertEquals("CRF", input.id());
    assertEquals(cny("100.00"), Monies.of(input.netSales()));
    assertEquals(cny("40.00"), Monies.of(input.costOfGoods()));
  }

  @Test
  void rejectedInputs_sayWhy() {
    assertEquals("Argument 'accruals[0]' must be of account 'MET' but has value 'L-1@2026-01-01/2026-04-01' of 'CRF'",
        assertThrows(IllegalArgumentException.class, () -> TradeSpendProfit.DEFAULT.input("MET", cny("1.00"),
            cny("0"), sample())).getMessage());
    MonetaryAmount usd = Monies.of(BigDecimal.ONE, Currencies.USD);
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> TradeSpendProfit.DEFAULT.input("CRF", usd, Monies.of(BigDecimal.ZERO, Currencies.USD), sample()));
    assertEquals(true, mixed.getMessage().contains("USD") && mixed.getMessage().contains("CNY")
        && mixed.getMessage().contains("accruals[0]"), mixed.getMessage());
    List<SpendAccrual> withNull = new ArrayList<>(sample());
    withNull.add(1, null);
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> TradeSpendProfit.DEFAULT.input("CRF", cny("1.00"), cny("0"), withNull));
    assertEquals(true, npe.getMessage().contains("accruals[1]"), npe.getMessage());
    assertThrows(NullPointerException.class, () -> TradeSpendProfit.DEFAULT.input("CRF", null, cny("0"), sample()));
    assertThrows(NullPointerException.class, () -> TradeSpendProfit.DEFAULT.input("CRF", cny("1"), null, sample()));
    assertThrows(NullPointerException.class, () -> TradeSpendProfit.DEFAULT.input("CRF", cny("1"), cny("0"), null));
    assertThrows(IllegalArgumentException.class, () -> TradeSpendProfit.DEFAULT.input(" ", cny("1"), cny("0"),
        List.of()));
    List<SpendAccrual> tooMany = Collections.nCopies(TradeSpendProfit.MAX_ACCRUALS + 1, sample().get(0));
    assertEquals("Argument 'accruals' must hold at most 1000000 but has value 1000001",
        assertThrows(IllegalArgumentException.class, () -> TradeSpendProfit.DEFAULT.input("CRF", cny("1"),
            cny("0"), tooMany)).getMessage());
    // Exactly the bound is taken.
    List<SpendAccrual> atBound = Collections.nCopies(TradeSpendProfit.MAX_ACCRUALS, sample().get(2));
    assertEquals(cny("800000000.00"), Monies.of(TradeSpendProfit.DEFAULT.input("CRF", cny("1"), cny("0"), atBound)
        .fixedFees().get(FeeType.LISTING)));
  }
}
