package dev.keyaccount.receivables.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.core.spend.SpendLine;
import dev.keyaccount.core.spend.SpendSource;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Conservation: accrued + over-claimed = settled + open, per accrual and in every total. */
class SpendSettlementProperties {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  @Test
  void accruedPlusOverClaim_isSettledPlusOpen() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<SpendAccrual> accruals = new ArrayList<>();
      List<SpendPayment> payments = new ArrayList<>();
      int n = 1 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        FundingMethod method = random.nextBoolean() ? FundingMethod.OFF_INVOICE : FundingMethod.BILL_BACK;
        SpendLine line = SpendLine.builder().id("L" + i).source(SpendSource.PROMOTION).sourceId("P").accountId("A" + random.nextInt(3))
            .feeType(FeeType.PROMOTION_SUPPORT).method(method).period(JAN_1, JAN_1.plusDays(30)).perCase(Money.of(1, "CNY")).build();
        SpendAccrual accrual = SpendAccrual.of(line, line.period(), Monies.ofMinorUnits(random.nextInt(1_000_000), Currencies.CNY));
        accruals.add(accrual);
        for (int k = random.nextInt(3); k > 0; k--) {
          payments.add(SpendPayment.of(accrual.id(), PaymentKind.CHEQUE, Monies.ofMinorUnits(1 + random.nextInt(600_000), Currencies.CNY), JAN_1));
        }
      }
      SettlementReport report = SpendSettlement.DEFAULT.settle(accruals, DeductionLedger.empty(Currencies.CNY), payments);
      Money accrued = Monies.zero(Currencies.CNY);
      for (AccrualPosition p : report.positions()) {
        assertEquals(Monies.add(p.accrued(), p.overClaim()), Monies.add(p.settled(), p.open()));
        if (p.accrual().method() == FundingMethod.OFF_INVOICE) {
          assertEquals(p.accrued(), p.onInvoice()); // off-invoice: nothing left to claim
        }
        accrued = Monies.add(accrued, p.accrued());
      }
      SpendTotals t = report.total();
      assertEquals(accrued, t.accrued());
      assertEquals(Monies.add(t.accrued(), t.overClaim()), Monies.add(t.settled(), t.open()));
      assertEquals(t.settled(), Monies.add(Monies.add(t.onInvoice(), t.claimed()), t.paid()));
      Money byAccount = Monies.zero(Currencies.CNY);
      for (SpendTotals s : report.byAccount().values()) {
        byAccount = Monies.add(byAccount, s.settled());
      }
      assertEquals(t.settled(), byAccount);
      Money byMethod = Monies.zero(Currencies.CNY);
      for (SpendTotals s : report.byMethod().values()) {
        byMethod = Monies.add(byMethod, s.open());
      }
      assertEquals(t.open(), byMethod);
    });
  }
}
