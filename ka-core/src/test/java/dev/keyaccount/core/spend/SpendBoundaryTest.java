package dev.keyaccount.core.spend;

import static dev.keyaccount.core.spend.AccrualsTest.APR_1;
import static dev.keyaccount.core.spend.AccrualsTest.FEB_1;
import static dev.keyaccount.core.spend.AccrualsTest.JAN_1;
import static dev.keyaccount.core.spend.AccrualsTest.MAR_1;
import static dev.keyaccount.core.spend.AccrualsTest.cny;
import static dev.keyaccount.core.spend.AccrualsTest.line;
import static dev.keyaccount.core.spend.AccrualsTest.lumpSum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import java.util.Collections;
import java.util.List;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.threeten.extra.LocalDateRange;

/** The spend bounds exactly at their edges, where the examples of {@link AccrualsTest} stop one step short. */
class SpendBoundaryTest {

  private static void rejects(Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void accrueOverAPeriod_checksThePeriodItself_notOnlyItsOverlap() {
    // 3,661 days from Jan 1 2026 overlap the line (Jan 1 - Apr 1) in the line's whole period, but the
    // period given is itself beyond the 3,660-day bound and is rejected as such.
    rejects(() -> Accruals.accrue(lumpSum("90"), LocalDateRange.of(JAN_1, JAN_1.plusDays(3661)), List.of()),
        "Argument 'period' must last at most 3660 days but has value 2026-01-01/2036-01-10");
    assertEquals("Argument 'period' must not be null",
        assertThrows(NullPointerException.class, () -> Accruals.accrue(lumpSum("90"), null, List.of())).getMessage());
    // 3,660 days are fine: the overlap is the line's 90 days, the whole lump sum.
    assertEquals(cny("90"), Accruals.accrue(lumpSum("90"), LocalDateRange.of(JAN_1, JAN_1.plusDays(3660)), List.of())
        .amount());
  }

  @Test
  void exactlyAMillionSalesRecords_areRead() {
    // MAX_RECORDS = 1,000,000 records are allowed (1,000,001 are not, see AccrualsTest); a lump sum reads
    // none of them, so the accrual is the lump sum.
    List<SalesDay> million = Collections.nCopies(1_000_000, SalesDay.of(JAN_1, 1, 1, cny("1")));
    assertEquals(cny("90"), Accruals.accrue(lumpSum("90"), million).amount());
  }

  @Test
  void anAccrualOfExactlyATrillion_isRejected_oneFenLessIsNot() {
    // Rate of sales 1 (100%): two days of 500,000,000,000.00 accrue exactly 10^12 by Mar 1, which is not
    // below MAX_AMOUNT; with 499,999,999,999.99 on the second day the total 999,999,999,999.99 is.
    SpendLine full = line(FundingMethod.PERCENT_OF_SALES).salesRate(Rate.of("1")).build();
    SalesDay half = SalesDay.of(JAN_1, 0, 0, cny("500000000000.00"));
    rejects(() -> Accruals.accrue(full, List.of(half, SalesDay.of(FEB_1, 0, 0, cny("500000000000.00")))),
        "Argument 'sales' must accrue less than 1000000000000 before 2026-03-01 but has value 1000000000000");
    assertEquals(cny("999999999999.99"),
        Accruals.accrue(full, List.of(half, SalesDay.of(FEB_1, 0, 0, cny("499999999999.99")))).amount());
  }

  @Test
  void aRateOfSalesOfExactlyOne_isAccepted() {
    // (0, 1] includes 1: the whole of net sales, here 1,000.00 + 333.33 + 100.00 inside Jan-Feb.
    SpendLine full = line(FundingMethod.PERCENT_OF_SALES).salesRate(Rate.of("1")).build();
    assertEquals(cny("1433.33"), Accruals.accrue(full, AccrualsTest.SALES).amount());
  }

  @Test
  void aLumpSumLine_takesNoRatePerCase() {
    rejects(() -> line(FundingMethod.LUMP_SUM).perCase(cny("1")).build(),
        "Argument 'terms' must be one term that method LUMP_SUM takes but has value [perCase]");
    rejects(() -> line(FundingMethod.LUMP_SUM).salesRate(Rate.of("0.1")).build(),
        "Argument 'terms' must be one term that method LUMP_SUM takes but has value [salesRate]");
  }

  @Test
  void anAccrualOverAnEmptyPeriod_isRejected() {
    // [Jan 1, Jan 1) lies within the line's period, but is empty.
    SpendLine lump = lumpSum("90");
    rejects(() -> SpendAccrual.of(lump, LocalDateRange.of(JAN_1, JAN_1), cny("0")),
        "Argument 'period' must be a bounded, non-empty range but has value 2026-01-01/2026-01-01");
    assertEquals(LocalDateRange.of(MAR_1, APR_1), SpendAccrual.of(lump, LocalDateRange.of(MAR_1, APR_1), cny("0")).period());
  }

  @Test
  void exactlyABillionCases_areAccepted() {
    SalesDay day = SalesDay.of(JAN_1, 1_000_000_000L, 1_000_000_000L, cny("0"));
    assertEquals(1_000_000_000L, day.casesShipped());
    assertEquals(1_000_000_000L, day.casesScanned());
  }

  @Test
  void theBoundChecks_returnTheValueTheyChecked() {
    String id64 = "x".repeat(64);
    assertSame(id64, SpendBounds.id(id64, "id"));
    Money largest = cny("999999999999.99");
    assertSame(largest, SpendBounds.amount(largest, Currencies.CNY, "amount"));
  }

  @Test
  void termsGivenAsAnyMonetaryAmount_areHeldAsMoney() {
    SpendLine lump = line(FundingMethod.LUMP_SUM).lumpSum(FastMoney.of(90, "CNY")).build();
    assertEquals(cny("90"), lump.lumpSum().orElseThrow());
    SpendLine perCase = line(FundingMethod.PER_CASE).perCase(FastMoney.of(2.5, "CNY")).build();
    assertEquals(cny("2.5"), perCase.perCase().orElseThrow());
  }
}
