package dev.keyaccount.core.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.promotion.PromotionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/** Worked accruals of every funding method, computed by hand, and every rejected input with its message. */
class AccrualsTest {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
  static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);

  static Money cny(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  static SpendLine.Builder line(FundingMethod method) {
    return SpendLine.builder().id("L-1").source(SpendSource.AGREEMENT_LINE).sourceId("CRF-2026-DISPLAY")
        .accountId("CRF").feeType(FeeType.DISPLAY).method(method).period(JAN_1, MAR_1).currency(Currencies.CNY);
  }

  static SpendLine lumpSum(String amount) {
    return line(FundingMethod.LUMP_SUM).period(JAN_1, APR_1).lumpSum(cny(amount)).build();
  }

  /** Jan 10: 3 shipped, 2 scanned, 1,000.00; Jan 20: 5, 2, 333.33; Feb 5: 1, 7, 100.00; Mar 3 is outside. */
  static final List<SalesDay> SALES = List.of(
      SalesDay.of(LocalDate.of(2026, 2, 5), 1, 7, cny("100.00")),
      SalesDay.of(LocalDate.of(2026, 1, 10), 3, 2, cny("1000.00")),
      SalesDay.of(LocalDate.of(2026, 3, 3), 100, 100, cny("99999.00")),
      SalesDay.of(LocalDate.of(2026, 1, 20), 5, 2, cny("333.33")));

  static List<Money> amounts(List<SpendAccrual> accruals) {
    return accruals.stream().map(SpendAccrual::amount).collect(Collectors.toList());
  }

  @Test
  void lumpSum_monthly_roundsTheCumulativeAndTakesDifferences() {
    // 10,000.00 over Jan-Mar 2026 = 90 days (31 + 28 + 31), 1,000,000 fen.
    // to Feb 1: 1,000,000 × 31/90 = 344,444.4 → 344,444; to Mar 1: × 59/90 = 655,555.6 → 655,556; to Apr 1: 1,000,000
    // Jan 3,444.44; Feb 655,556 − 344,444 = 311,112 → 3,111.12; Mar 1,000,000 − 655,556 = 344,444 → 3,444.44
    List<SpendAccrual> months = Accruals.monthly(lumpSum("10000.00"), List.of());
    assertEquals(List.of(cny("3444.44"), cny("3111.12"), cny("3444.44")), amounts(months));
    assertEquals(LocalDateRange.of(FEB_1, MAR_1), months.get(1).period());
    assertEquals("L-1@2026-02-01/2026-03-01", months.get(1).id());
    assertEquals(cny("10000.00"), Accruals.accrue(lumpSum("10000.00"), List.of()).amount());
  }

  @Test
  void lumpSum_halfUp_atExactlyHalfAFen() {
    // 0.01 over 2 days: to day 1 = 1 × 1/2 = 0.5 → 1 (half up); day 2 gets 0
    SpendLine line = line(FundingMethod.LUMP_SUM).period(JAN_1, JAN_1.plusDays(2)).lumpSum(cny("0.01")).build();
    assertEquals(List.of(cny("0.01"), cny("0.00")), amounts(Accruals.split(line, List.of(JAN_1.plusDays(1)), List.of())));
    // 0.01 over 3 days: to day 1 = 1/3 → 0; to day 2 = 2/3 → 1
    SpendLine three = line(FundingMethod.LUMP_SUM).period(JAN_1, JAN_1.plusDays(3)).lumpSum(cny("0.01")).build();
    assertEquals(List.of(cny("0"), cny("0.01"), cny("0")),
        amounts(Accruals.split(three, List.of(JAN_1.plusDays(1), JAN_1.plusDays(2)), List.of())));
  }

  @Test
  void lumpSum_overAPeriodPartlyOutsideTheLine_accruesTheOverlap() {
    // Mar 15 – Apr 15 overlaps Mar 15 – Apr 1: to Mar 15 (73 days) 1,000,000 × 73/90 = 811,111.1 → 811,111; 188,889 fen
    SpendAccrual accrual = Accruals.accrue(lumpSum("10000.00"), LocalDateRange.of(LocalDate.of(2026, 3, 15),
        LocalDate.of(2026, 4, 15)), List.of());
    assertEquals(cny("1888.89"), accrual.amount());
    assertEquals(LocalDateRange.of(LocalDate.of(2026, 3, 15), APR_1), accrual.period());
  }

  @Test
  void perCase_onCasesShipped_insideThePeriodOnly() {
    // 0.125 per case; shipped before Feb 1: 3 + 5 = 8 → 1.00; by Mar 1: 9 → 1.125 → 1.13 (half up); Feb 0.13
    SpendLine line = line(FundingMethod.PER_CASE).perCase(cny("0.125")).build();
    assertEquals(List.of(cny("1.00"), cny("0.13")), amounts(Accruals.monthly(line, SALES)));
    assertEquals(cny("1.13"), Accruals.accrue(line, SALES).amount());
  }

  @Test
  void scanDown_onCasesScanned() {
    // 0.125 per case scanned: before Feb 1: 2 + 2 = 4 → 0.50; by Mar 1: 11 → 1.375 → 1.38; Feb 0.88
    SpendLine line = line(FundingMethod.SCAN_DOWN).perCase(cny("0.125")).build();
    assertEquals(List.of(cny("0.50"), cny("0.88")), amounts(Accruals.monthly(line, SALES)));
  }

  @Test
  void percentOfSales_onNetInvoicedSales() {
    // 2.5% of sales: before Feb 1: 1,333.33 × 0.025 = 33.33325 → 33.33; by Mar 1: 1,433.33 × 0.025 = 35.83325 → 35.83
    SpendLine line = line(FundingMethod.PERCENT_OF_SALES).salesRate(Rate.of("0.025")).build();
    assertEquals(List.of(cny("33.33"), cny("2.50")), amounts(Accruals.monthly(line, SALES)));
  }

  @Test
  void offInvoice_accruesButLeavesNothingToClaim() {
    SpendLine perCase = line(FundingMethod.OFF_INVOICE).perCase(cny("2")).build();
    SpendAccrual accrual = Accruals.accrue(perCase, SALES);
    assertEquals(cny("18.00"), accrual.amount()); // 9 cases shipped × 2.00
    assertEquals(cny("0"), accrual.claimableAmount());
    assertFalse(perCase.claimable());
    SpendLine ofSales = line(FundingMethod.OFF_INVOICE).salesRate(Rate.of("0.01")).build();
    assertEquals(cny("14.33"), Accruals.accrue(ofSales, SALES).amount()); // 1,433.33 × 1% = 14.3333
  }

  @Test
  void billBack_isClaimable() {
    SpendAccrual accrual = Accruals.accrue(line(FundingMethod.BILL_BACK).perCase(cny("1")).build(), SALES);
    assertEquals(cny("9.00"), accrual.claimableAmount());
    assertEquals("CRF", accrual.accountId());
    assertEquals(FundingMethod.BILL_BACK, accrual.method());
  }

  @Test
  void methodFlags() {
    for (FundingMethod method : FundingMethod.values()) {
      assertEquals(method != FundingMethod.OFF_INVOICE, method.claimable(), method.name());
      assertEquals(method == FundingMethod.SCAN_DOWN, method.onScannedCases(), method.name());
    }
  }

  @Test
  void monthly_ofAPeriodStartingMidMonth() {
    // Jan 15 – Mar 10 (54 days), 54.00: Jan 17 days, Feb 28, Mar 9 → 17.00, 28.00, 9.00
    SpendLine line = line(FundingMethod.LUMP_SUM).period(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 10))
        .lumpSum(cny("54")).build();
    List<SpendAccrual> months = Accruals.monthly(line, List.of());
    assertEquals(List.of(cny("17.00"), cny("28.00"), cny("9.00")), amounts(months));
    assertEquals(LocalDateRange.of(MAR_1, LocalDate.of(2026, 3, 10)), months.get(2).period());
  }

  @Test
  void fromPromotionAndAgreement() {
    Promotion promotion = Promotion.builder().id("P-7").accountId("CRV").type(PromotionType.PRICE_OFF)
        .period(FEB_1, MAR_1).addSkuCodes("BEER-500").regularPrice(cny("48")).promotedPrice(cny("42"))
        .fixedCosts(cny("0")).submissionDate(JAN_1).build();
    SpendLine line = SpendLine.builder().id("P-7-SCAN").promotion(promotion).feeType(FeeType.PROMOTION_SUPPORT)
        .method(FundingMethod.SCAN_DOWN).perCase(cny("6")).build();
    assertEquals(SpendSource.PROMOTION, line.source());
    assertEquals("P-7", line.sourceId());
    assertEquals("CRV", line.accountId());
    assertEquals(Optional.of("P-7"), line.reference());
    assertEquals(promotion.period(), line.period());
    AnnualAgreement agreement = AnnualAgreement.builder().accountId("CRF").year(Year.of(2026)).salesTarget(cny("5000000"))
        .volumeTargetCases(1).displayPoints(1).activityPoints(1).paymentTermDays(60).creditLimit(cny("1")).build();
    SpendLine fee = SpendLine.builder().id("D-1").agreementLine(agreement, "CRF-2026-DISPLAY").feeType(FeeType.DISPLAY)
        .method(FundingMethod.LUMP_SUM).lumpSum(cny("36500")).build();
    assertEquals(LocalDateRange.of(JAN_1, LocalDate.of(2027, 1, 1)), fee.period());
    assertEquals(SpendSource.AGREEMENT_LINE, fee.source());
    assertEquals("CRF", fee.accountId());
    assertEquals(cny("3100.00"), Accruals.monthly(fee, List.of()).get(0).amount()); // 36,500 × 31/365
  }

  @Test
  void accrualOf_isKeptAsMoney() {
    SpendLine line = lumpSum("90");
    SpendAccrual a = SpendAccrual.of(line, LocalDateRange.of(JAN_1, FEB_1), org.javamoney.moneta.FastMoney.of(31, "CNY"));
    assertEquals(SpendAccrual.of(line, LocalDateRange.of(JAN_1, FEB_1), cny("31")), a);
    assertTrue(a.amount() instanceof Money);
  }

  static String chars(int n) {
    return String.join("", Collections.nCopies(n, "x"));
  }

  static Arguments iae(String name, Executable call, String message) {
    return Arguments.of(name, call, message);
  }

  static Stream<Arguments> rejected() {
    SpendLine lump = lumpSum("90");
    return Stream.of(
        iae("blank id", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1")).id(" ").build(),
            "Argument 'id' must not be blank but has value ' '"),
        iae("long id", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1")).id(chars(65)).build(),
            "Argument 'id' must have at most 64 characters but has value 65 characters"),
        iae("64 chars is fine, 65 not: sourceId", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1")).sourceId(chars(65)).build(),
            "Argument 'sourceId' must have at most 64 characters but has value 65 characters"),
        iae("blank account", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1")).accountId("").build(),
            "Argument 'accountId' must not be blank but has value ''"),
        iae("blank reference", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1")).reference(" ").build(),
            "Argument 'reference' must not be blank but has value ' '"),
        iae("period too long", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1")).period(JAN_1, JAN_1.plusDays(3661)).build(),
            "Argument 'period' must last at most 3660 days but has value 2026-01-01/2036-01-10"),
        iae("period end before start", () -> line(FundingMethod.LUMP_SUM).period(JAN_1, JAN_1),
            "Argument 'end' must be after the start 2026-01-01 but has value 2026-01-01"),
        iae("unbounded period", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1"))
                .period(LocalDateRange.of(JAN_1, LocalDate.MAX)).build(),
            "Argument 'period' must be a bounded, non-empty range but has value 2026-01-01/+999999999-12-31"),
        iae("no term", () -> line(FundingMethod.LUMP_SUM).build(),
            "Argument 'terms' must be one term that method LUMP_SUM takes but has value []"),
        iae("two terms", () -> line(FundingMethod.BILL_BACK).perCase(cny("1")).salesRate(Rate.of("0.1")).build(),
            "Argument 'terms' must be one term that method BILL_BACK takes but has value [perCase, salesRate]"),
        iae("lump sum for per case", () -> line(FundingMethod.PER_CASE).lumpSum(cny("1")).build(),
            "Argument 'terms' must be one term that method PER_CASE takes but has value [lumpSum]"),
        iae("rate for scan-down", () -> line(FundingMethod.SCAN_DOWN).salesRate(Rate.of("0.1")).build(),
            "Argument 'terms' must be one term that method SCAN_DOWN takes but has value [salesRate]"),
        iae("per case for percent", () -> line(FundingMethod.PERCENT_OF_SALES).perCase(cny("1")).build(),
            "Argument 'terms' must be one term that method PERCENT_OF_SALES takes but has value [perCase]"),
        iae("lump sum off invoice", () -> line(FundingMethod.OFF_INVOICE).lumpSum(cny("1")).build(),
            "Argument 'terms' must be one term that method OFF_INVOICE takes but has value [lumpSum]"),
        iae("zero lump sum", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("0")).build(),
            "Argument 'lumpSum' must be positive but has value CNY 0"),
        iae("negative lump sum", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("-1")).build(),
            "Argument 'lumpSum' must not be negative but has value CNY -1"),
        iae("lump sum below the fen", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1.001")).build(),
            "Argument 'lumpSum' must be a whole number of minor units but has value CNY 1.001"),
        iae("lump sum too large", () -> line(FundingMethod.LUMP_SUM).lumpSum(cny("1000000000000")).build(),
            "Argument 'lumpSum' must be below 1000000000000 but has value CNY 1000000000000"),
        iae("lump sum in USD", () -> line(FundingMethod.LUMP_SUM).lumpSum(Money.of(1, "USD")).currency(Currencies.CNY).build(),
            "Argument 'lumpSum' must be in currency CNY but is in USD (value USD 1)"),
        iae("sales rate without currency", () -> SpendLine.builder().id("L").source(SpendSource.PROMOTION).sourceId("P")
                .accountId("A").feeType(FeeType.REBATE).method(FundingMethod.PERCENT_OF_SALES).period(JAN_1, MAR_1)
                .salesRate(Rate.of("0.01")).build(),
            "Argument 'currency' must be given for a line without a lump sum or rate per case but has value none"),
        iae("zero per case", () -> line(FundingMethod.PER_CASE).perCase(cny("0")).build(),
            "Argument 'perCase' must be positive but has value CNY 0"),
        iae("per case in USD", () -> line(FundingMethod.PER_CASE).perCase(Money.of(1, "USD")).currency(Currencies.CNY).build(),
            "Argument 'perCase' must be in currency CNY but is in USD (value USD 1)"),
        iae("per case too large", () -> line(FundingMethod.PER_CASE).perCase(cny("1000000")).build(),
            "Argument 'perCase' must be below 1000000 but has value CNY 1000000"),
        iae("per case, 7 decimals", () -> line(FundingMethod.PER_CASE).perCase(cny("0.0000001")).build(),
            "Argument 'perCase' must have at most 6 decimals but has value CNY 0.0000001"),
        iae("zero sales rate", () -> line(FundingMethod.PERCENT_OF_SALES).salesRate(Rate.ZERO).build(),
            "Argument 'salesRate' must be in (0, 1] but has value 0"),
        iae("sales rate above one", () -> line(FundingMethod.PERCENT_OF_SALES).salesRate(Rate.of("1.01")).build(),
            "Argument 'salesRate' must be in (0, 1] but has value 1.01"),
        iae("sales rate, 7 decimals", () -> line(FundingMethod.PERCENT_OF_SALES).salesRate(Rate.of("0.0000001")).build(),
            "Argument 'salesRate' must have at most 6 decimals but has value 0.0000001"),
        iae("negative cases", () -> SalesDay.of(JAN_1, -1, 0, cny("0")),
            "Argument 'casesShipped' must not be negative but has value -1"),
        iae("too many cases", () -> SalesDay.of(JAN_1, 0, 1_000_000_001L, cny("0")),
            "Argument 'casesScanned' must be at most 1000000000 but has value 1000000001"),
        iae("negative sales", () -> SalesDay.of(JAN_1, 0, 0, cny("-0.01")),
            "Argument 'netSales' must not be negative but has value CNY -0.01"),
        iae("sales below the fen", () -> SalesDay.of(JAN_1, 0, 0, cny("0.001")),
            "Argument 'netSales' must be a whole number of minor units but has value CNY 0.001"),
        iae("accrual outside the line", () -> SpendAccrual.of(lump, LocalDateRange.of(JAN_1, LocalDate.of(2026, 5, 1)), cny("1")),
            "Argument 'period' must lie within the line's period 2026-01-01/2026-04-01 but has value 2026-01-01/2026-05-01"),
        iae("accrual in USD", () -> SpendAccrual.of(lump, lump.period(), Money.of(1, "USD")),
            "Argument 'amount' must be in currency CNY but is in USD (value USD 1)"),
        iae("negative accrual", () -> SpendAccrual.of(lump, lump.period(), cny("-1")),
            "Argument 'amount' must not be negative but has value CNY -1"),
        iae("cut at the start", () -> Accruals.split(lump, List.of(JAN_1), List.of()),
            "Argument 'cuts[0]' must be after 2026-01-01 and before the line's end 2026-04-01 but has value 2026-01-01"),
        iae("cut at the end", () -> Accruals.split(lump, List.of(APR_1), List.of()),
            "Argument 'cuts[0]' must be after 2026-01-01 and before the line's end 2026-04-01 but has value 2026-04-01"),
        iae("cuts out of order", () -> Accruals.split(lump, List.of(MAR_1, FEB_1), List.of()),
            "Argument 'cuts[1]' must be after 2026-03-01 and before the line's end 2026-04-01 but has value 2026-02-01"),
        iae("period outside the line", () -> Accruals.accrue(lump, LocalDateRange.of(APR_1, APR_1.plusDays(1)), List.of()),
            "Argument 'period' must overlap the line's period 2026-01-01/2026-04-01 but has value 2026-04-01/2026-04-02"),
        iae("sales in USD", () -> Accruals.accrue(line(FundingMethod.PER_CASE).perCase(cny("1")).build(),
                List.of(SalesDay.of(JAN_1, 1, 1, Money.of(1, "USD")))),
            "Argument 'sales[0].netSales' must be in currency CNY but is in USD (value USD 1)"),
        iae("too many records", () -> Accruals.accrue(lump, Collections.nCopies(1_000_001, SalesDay.of(JAN_1, 1, 1, cny("1")))),
            "Argument 'sales' must have at most 1000000 records but has value 1000001 records"),
        iae("accrues too much", () -> Accruals.accrue(line(FundingMethod.PER_CASE).perCase(cny("999999")).build(),
                Collections.nCopies(1001, SalesDay.of(JAN_1, 1_000_000, 0, cny("0")))),
            "Argument 'sales' must accrue less than 1000000000000 before 2026-03-01 but has value 1000998999000000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsInput_withItsMessage(String name, Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void idOf64Characters_isAccepted() {
    assertEquals(64, line(FundingMethod.LUMP_SUM).lumpSum(cny("1")).id(chars(64)).build().id().length());
    assertEquals(cny("999999999999.99"), line(FundingMethod.LUMP_SUM).lumpSum(cny("999999999999.99")).build().lumpSum().get());
    assertEquals(3660, line(FundingMethod.LUMP_SUM).lumpSum(cny("1")).period(JAN_1, JAN_1.plusDays(3660)).build()
        .period().lengthInDays());
  }

  @Test
  void nulls_areNamed() {
    assertEquals("Argument 'line' must not be null",
        assertThrows(NullPointerException.class, () -> Accruals.accrue(null, List.of())).getMessage());
    assertEquals("Argument 'sales' must not be null",
        assertThrows(NullPointerException.class, () -> Accruals.accrue(lumpSum("1"), null)).getMessage());
    assertEquals("Argument 'cuts' must not be null",
        assertThrows(NullPointerException.class, () -> Accruals.split(lumpSum("1"), null, List.of())).getMessage());
  }
}
