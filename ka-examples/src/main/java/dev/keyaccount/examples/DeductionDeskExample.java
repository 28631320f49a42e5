package dev.keyaccount.examples;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.aging.AgingBuckets;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionDecision;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.MatchingResult;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;

/**
 * The deduction desk week by week: a ledger carried from one remittance to the next, a split claim
 * settled when its second part arrives, a claim repeated in a later remittance found as a duplicate,
 * and a person's decision on an open deduction.
 */
public final class DeductionDeskExample {

  private DeductionDeskExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<Authorization> authorizations = List.of(
        Authorization.builder().id("AU-7").accountId("A").type(ReasonType.PROMOTION)
            .amount(Money.of(6000, Currencies.CNY)).date(LocalDate.of(2026, 6, 30)).build());
    DeductionMatcher matcher = new DeductionMatcher(MatchingPolicy.standard(Currencies.CNY));

    // Week 1: the first part of a split claim (4,000 of 6,000) and a fine nobody authorized.
    MatchingResult week1 = matcher.match(List.of(
        Deduction.builder().id("DD-1").accountId("A").reasonCode("promotion")
            .amount(Money.of(4000, Currencies.CNY)).date(LocalDate.of(2026, 7, 3)).build(),
        Deduction.builder().id("DD-2").accountId("A").reasonCode("PEN")
            .amount(Money.of(300, Currencies.CNY)).date(LocalDate.of(2026, 7, 3)).build()),
        authorizations, DeductionLedger.empty(Currencies.CNY));
    System.out.println(week1.deductionResult("DD-1").orElseThrow().state());   // UNAUTHORIZED, awaiting the rest

    // A person disputes the fine; the decision is kept in the ledger and no later run overrides it.
    DeductionLedger ledger = week1.ledger().apply(DeductionDecision.builder().deductionId("DD-2")
        .kind(DeductionDecision.Kind.DISPUTE).date(LocalDate.of(2026, 7, 6)).build());

    // Week 2: the second part completes the split; DD-1 is reported as changed.
    MatchingResult week2 = matcher.match(List.of(
        Deduction.builder().id("DD-3").accountId("A").reasonCode("promotion")
            .amount(Money.of(2000, Currencies.CNY)).date(LocalDate.of(2026, 7, 10)).build()),
        authorizations, ledger);
    System.out.println(week2.deductionResult("DD-3").orElseThrow().state());   // VALID
    System.out.println(week2.changedDeductions().get(0).deductionId() + " "
        + week2.changedDeductions().get(0).state());                           // DD-1 VALID
    DeductionLedger next = week2.ledger();
    System.out.println(next.authorizationUse("AU-7").orElseThrow().remaining()); // CNY 0
    System.out.println(next.openDeductions().size());                          // 1 (DD-2, disputed)
    System.out.println(next.agedOpenAmounts(LocalDate.of(2026, 8, 31), AgingBuckets.of(31, 61, 91)));
    // [CNY 0, CNY 300, CNY 0, CNY 0]: 59 days since the deduction
  }
}
