package dev.keyaccount.examples;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.MatchingResult;
import dev.keyaccount.receivables.deduction.MatchingSummary;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;

/** Matches a retailer's deductions against what authorizes them, and reads the run summary. */
public final class MatchRemittanceExample {

  private MatchRemittanceExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<Authorization> authorizations = List.of(
        Authorization.builder().id("AU-1").accountId("A").type(ReasonType.PROMOTION).reference("PRM-2026-0618")
            .amount(Money.of(2220, Currencies.CNY)).date(LocalDate.of(2026, 6, 21)).build(),
        Authorization.builder().id("AU-2").accountId("A").type(ReasonType.DISPLAY_FEE)
            .amount(Money.of(41600, Currencies.CNY)).date(LocalDate.of(2026, 6, 30)).build());
    List<Deduction> deductions = List.of(
        Deduction.builder().id("DD-1").accountId("A").reasonCode("PRM").reference("prm 2026-0618")
            .amount(Money.of(2220, Currencies.CNY)).date(LocalDate.of(2026, 6, 28)).build(),
        Deduction.builder().id("DD-2").accountId("A").reasonCode("DSP")  // no reference: account, type, amount
            .amount(Money.of(41600, Currencies.CNY)).date(LocalDate.of(2026, 7, 3)).build(),
        Deduction.builder().id("DD-3").accountId("A").reasonCode("PEN")  // an OTIF fine nobody authorized
            .amount(Money.of(3000, Currencies.CNY)).date(LocalDate.of(2026, 7, 3)).build());

    MatchingPolicy policy = MatchingPolicy.builder()
        .from(MatchingPolicy.standard(Currencies.CNY))     // tolerance CNY 0.50, 90-day window
        .putReasonCodes("PRM", ReasonType.PROMOTION)
        .putReasonCodes("DSP", ReasonType.DISPLAY_FEE)
        .build();
    MatchingResult result = new DeductionMatcher(policy).match(deductions, authorizations);

    MatchingSummary summary = result.summary();
    System.out.println(summary.count(DeductionState.VALID));          // 2
    System.out.println(summary.count(DeductionState.UNAUTHORIZED));   // 1
    System.out.println(summary.disputed());                           // CNY 3000
    System.out.println(summary.matchRateByCount());                   // 66.7% matched to an authorization
    System.out.println(summary.autoMatchRateByCount());               // 100.0% settled without a person
  }
}
