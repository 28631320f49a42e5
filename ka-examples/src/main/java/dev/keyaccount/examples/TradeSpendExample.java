package dev.keyaccount.examples;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.spend.Accruals;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.core.spend.SpendLine;
import dev.keyaccount.core.spend.SpendSource;
import dev.keyaccount.planning.rebate.RebateCalculator;
import dev.keyaccount.planning.rebate.RebateMeasure;
import dev.keyaccount.planning.rebate.RebatePerformance;
import dev.keyaccount.planning.rebate.RebateScheme;
import dev.keyaccount.planning.rebate.RebateSettlement;
import dev.keyaccount.planning.rebate.RebateStyle;
import dev.keyaccount.planning.rebate.RebateTier;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.spend.PaymentKind;
import dev.keyaccount.receivables.spend.SettlementReport;
import dev.keyaccount.receivables.spend.SpendPayment;
import dev.keyaccount.receivables.spend.SpendSettlement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.Money;

/** Trade spend (费用): a display fee accrued month by month, a tiered rebate settled, accruals followed to payment. */
public final class TradeSpendExample {

  private TradeSpendExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SpendLine displayFee = SpendLine.builder().id("CRF-26-DISPLAY").source(SpendSource.AGREEMENT_LINE)
        .sourceId("CRF-2026").accountId("CRF").feeType(FeeType.DISPLAY).method(FundingMethod.LUMP_SUM)
        .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1))   // 90 days
        .lumpSum(Money.of(10_000, Currencies.CNY)).build();
    List<SpendAccrual> months = Accruals.monthly(displayFee, List.of());
    months.forEach(m -> System.out.println(m.period().getStart() + " " + m.amount()));
    // 2026-01-01 CNY 3444.44, 2026-02-01 CNY 3111.12, 2026-03-01 CNY 3444.44: exactly 10,000.00

    RebateScheme rebate = RebateScheme.builder().id("CRF-26-REBATE").accountId("CRF")
        .period(displayFee.period()).measure(RebateMeasure.VOLUME).style(RebateStyle.CUMULATIVE)
        .addTiers(RebateTier.ofVolume(0, Money.of(0.5, Currencies.CNY)),
            RebateTier.ofVolume(1_000, Money.of(1, Currencies.CNY)))
        .build();
    Money interim = RebateCalculator.DEFAULT.interim(rebate,
        RebatePerformance.of(800, Money.of(0, Currencies.CNY)), Optional.empty(), List.of());
    RebateSettlement settlement = RebateCalculator.DEFAULT.settle(rebate,
        RebatePerformance.of(1_200, Money.of(0, Currencies.CNY)), Optional.empty(), List.of(interim));
    System.out.println(interim + " + " + settlement.finalPayment() + " = " + settlement.earned());
    // CNY 400 + CNY 800 = CNY 1200 (interim on 800 cases at 0.50; 1,200 cases reach the 1.00 tier)

    SpendPayment cheque = SpendPayment.of(months.get(0).id(), PaymentKind.CHEQUE,
        Money.of(3_444.44, Currencies.CNY), LocalDate.of(2026, 2, 10));
    SettlementReport report = SpendSettlement.DEFAULT.settle(months, DeductionLedger.empty(Currencies.CNY),
        List.of(cheque));
    System.out.println(report.total().accrued() + " accrued, " + report.total().settled() + " settled, "
        + report.total().open() + " open");
    // CNY 10000 accrued, CNY 3444.44 settled, CNY 6555.56 open
  }
}
