package dev.keyaccount.receivables;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.aging.AgingBuckets;
import dev.keyaccount.receivables.aging.AgingCalculator;
import dev.keyaccount.receivables.aging.AgingReport;
import dev.keyaccount.receivables.aging.OpenItem;
import dev.keyaccount.receivables.credit.CreditCheck;
import dev.keyaccount.receivables.credit.CreditPosition;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.AuthorizationMatch;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.ReasonType;
import dev.keyaccount.receivables.dso.DsoCalculator;
import dev.keyaccount.receivables.dso.SalesPeriod;
import dev.keyaccount.receivables.reconciliation.Document;
import dev.keyaccount.receivables.reconciliation.References;
import dev.keyaccount.receivables.reconciliation.StatementReconciler;
import dev.keyaccount.receivables.terms.PaymentTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public entry point's rejected inputs: the exception type, and a message naming argument and value. */
class BadInputTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 31);
  private static final MatchingPolicy POLICY = MatchingPolicy.standard(Currencies.CNY);

  private static MonetaryAmount cny(String v) {
    return Money.of(new BigDecimal(v), Currencies.CNY);
  }

  private static MonetaryAmount usd(String v) {
    return Money.of(new BigDecimal(v), Currencies.USD);
  }

  private static CreditPosition position() {
    return CreditPosition.builder().creditLimit(cny("100")).openReceivables(cny("10")).openOrders(cny("10")).build();
  }

  private static Arguments npe(String name, Executable call, String argument) {
    return Arguments.of(name, call, NullPointerException.class, List.of("'" + argument + "'"));
  }

  private static Arguments iae(String name, Executable call, String... fragments) {
    return Arguments.of(name, call, IllegalArgumentException.class, List.of(fragments));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        npe("credit check: null position", () -> CreditCheck.DEFAULT.check(null, cny("1")), "position"),
        iae("credit check: negative order", () -> CreditCheck.DEFAULT.check(position(), cny("-1")), "'order'", "CNY -1"),
        iae("credit check: order in USD", () -> CreditCheck.DEFAULT.check(position(), usd("1")), "'order'", "USD", "CNY"),
        iae("credit position: negative limit", () -> CreditPosition.builder().creditLimit(cny("-5"))
            .openReceivables(cny("0")).openOrders(cny("0")).build(), "'creditLimit'", "CNY -5"),
        iae("credit position: mixed currencies", () -> CreditPosition.builder().creditLimit(cny("5"))
            .openReceivables(usd("0")).openOrders(cny("0")).build(), "'openReceivables'", "USD", "CNY"),
        iae("terms: negative days", () -> PaymentTerms.net(-1), "'days'", "-1"),
        iae("terms: negative month-end days", () -> PaymentTerms.endOfMonthPlus(-2), "'days'", "-2"),
        iae("terms: more than ten years", () -> PaymentTerms.net(3_651), "'days'", "between 0 and 3650", "3651"),
        iae("credit: an order beyond the decimal bound", () -> dev.keyaccount.receivables.credit.CreditCheck.DEFAULT
            .check(dev.keyaccount.receivables.credit.CreditPosition.builder().creditLimit(cny("1000"))
                .openReceivables(cny("0")).openOrders(cny("0")).build(), cny("1E+999999999")), "'order'",
            "decimal bound"),
        iae("open item: a reference of 257 characters", () -> dev.keyaccount.receivables.aging.OpenItem.builder()
            .accountId("A").reference("R".repeat(257)).amount(cny("1")).dueDate(java.time.LocalDate.of(2026, 2, 1))
            .build(), "'reference'", "at most 256 characters",
            "257 characters"),
        iae("terms: a due date past LocalDate.MAX", () -> PaymentTerms.net(1).dueDate(java.time.LocalDate.MAX),
            "'invoiceDate'", "leave room for NET 1", "+999999999-12-31"),
        iae("terms: a month-end due date past LocalDate.MAX",
            () -> PaymentTerms.endOfMonthPlus(30).dueDate(java.time.LocalDate.MAX.minusDays(20)), "'invoiceDate'",
            "EOM+30"),
        npe("terms: null invoice date", () -> PaymentTerms.net(30).dueDate(null), "invoiceDate"),
        npe("terms: null as-of", () -> PaymentTerms.net(30).daysOverdue(DAY, null), "asOf"),
        iae("aging: boundary below 1", () -> AgingBuckets.of(0, 30), "'boundaries'", "[0, 30]"),
        iae("aging: boundaries not increasing", () -> AgingBuckets.of(1, 31, 31), "'boundaries'", "[1, 31, 31]"),
        iae("aging: no boundaries", () -> AgingBuckets.of(), "'boundaries'", "[]"),
        npe("aging: null buckets", () -> new AgingCalculator(null), "buckets"),
        npe("aging: null items", () -> AgingCalculator.DEFAULT.age(null, DAY, Currencies.CNY), "items"),
        iae("aging: blank account", () -> OpenItem.builder().accountId(" ").reference("I1").dueDate(DAY)
            .amount(cny("5")).build(), "'accountId'", "' '"),
        iae("aging report: unknown label", () -> AgingCalculator.DEFAULT.age(List.of(OpenItem.builder().accountId("KA1")
            .reference("I1").dueDate(DAY).amount(cny("5")).build()), DAY, Currencies.CNY).amount("KA1", "1-29"),
            "'label'", "'1-29'"),
        iae("aging report: unknown account", () -> AgingReport.builder().asOf(DAY).total(cny("0")).build()
            .amount("KA9", "current"), "'accountId'", "'KA9'"),
        iae("dso: zero credit sales", () -> DsoCalculator.DEFAULT.standard(cny("1"), cny("0"), 30), "'creditSales'", "CNY 0"),
        iae("dso: negative receivables", () -> DsoCalculator.DEFAULT.standard(cny("-1"), cny("5"), 30), "'receivables'", "CNY -1"),
        iae("dso: zero days", () -> DsoCalculator.DEFAULT.standard(cny("1"), cny("5"), 0), "'days'", "0"),
        iae("dso: mixed currencies", () -> DsoCalculator.DEFAULT.standard(cny("1"), usd("5"), 30), "'creditSales'", "USD", "CNY"),
        iae("dso: negative scale", () -> new DsoCalculator(-1, RoundingMode.HALF_UP), "'scale'", "-1"),
        npe("dso: null rounding", () -> new DsoCalculator(1, null), "rounding"),
        npe("dso: null periods", () -> DsoCalculator.DEFAULT.countback(cny("1"), null), "periodsNewestFirst"),
        iae("dso: countback period in USD", () -> DsoCalculator.DEFAULT.countback(cny("1"),
            List.of(SalesPeriod.of(usd("5"), 30))), "'periodsNewestFirst[0]'", "USD", "CNY"),
        iae("dso: period of zero days", () -> SalesPeriod.of(cny("5"), 0), "'days'", "0"),
        iae("dso: negative period sales", () -> SalesPeriod.of(cny("-5"), 30), "'creditSales'", "CNY -5"),
        iae("ddo: zero deductions taken", () -> DsoCalculator.DEFAULT.daysDeductionsOutstanding(cny("1"), cny("0"), 30),
            "'deductionsTaken'", "CNY 0"),
        iae("ddo: negative open", () -> DsoCalculator.DEFAULT.daysDeductionsOutstanding(cny("-1"), cny("3"), 30),
            "'openDeductions'", "CNY -1"),
        iae("ddo: zero days", () -> DsoCalculator.DEFAULT.daysDeductionsOutstanding(cny("1"), cny("3"), 0), "'days'", "0"),
        iae("ddo: mixed currencies", () -> DsoCalculator.DEFAULT.daysDeductionsOutstanding(cny("1"), usd("3"), 30),
            "'deductionsTaken'", "USD", "CNY"),
        iae("reconciliation: reference without letter or digit", () -> Document.of("--", cny("1")), "'reference'", "'--'"),
        npe("reconciliation: null reference", () -> References.normalise(null), "reference"),
        npe("reconciliation: null ledger", () -> StatementReconciler.DEFAULT.reconcile(null, List.of(), Currencies.CNY),
            "ledger"),
        npe("matcher: null policy", () -> new DeductionMatcher(null), "policy"),
        npe("matcher: null deductions", () -> new DeductionMatcher(POLICY).match(null, List.of()), "deductions"),
        npe("matcher: null authorizations", () -> new DeductionMatcher(POLICY).match(List.of(), null), "authorizations"),
        npe("policy: null currency", () -> MatchingPolicy.standard(null), "currency"),
        iae("policy: negative tolerance", () -> MatchingPolicy.builder().absoluteTolerance(cny("-0.01")).build(),
            "'absoluteTolerance'", "CNY -0.01"),
        iae("policy: relative tolerance of 1", () -> MatchingPolicy.builder().absoluteTolerance(cny("0"))
            .relativeTolerance(BigDecimal.ONE).build(), "'relativeTolerance'", "1"),
        iae("policy: negative relative tolerance", () -> MatchingPolicy.builder().absoluteTolerance(cny("0"))
            .relativeTolerance(new BigDecimal("-0.1")).build(), "'relativeTolerance'", "-0.1"),
        iae("policy: combination tolerance in USD", () -> MatchingPolicy.builder().absoluteTolerance(cny("0"))
            .combinationTolerance(usd("0")).build(), "'combinationTolerance'", "USD", "CNY"),
        iae("policy: negative window", () -> MatchingPolicy.builder().from(POLICY).dateWindowDays(-1).build(),
            "'dateWindowDays'", "-1"),
        iae("policy: combination size 7", () -> MatchingPolicy.builder().from(POLICY).maxCombinationSize(7).build(),
            "'maxCombinationSize'", "7"),
        iae("policy: combination size 0", () -> MatchingPolicy.builder().from(POLICY).maxCombinationSize(0).build(),
            "'maxCombinationSize'", "0"),
        iae("policy: 257 candidates", () -> MatchingPolicy.builder().from(POLICY).maxCombinationCandidates(257).build(),
            "'maxCombinationCandidates'", "257"),
        iae("policy: 1 candidate", () -> MatchingPolicy.builder().from(POLICY).maxCombinationCandidates(1).build(),
            "'maxCombinationCandidates'", "1"),
        iae("policy: coincidence odds 0", () -> MatchingPolicy.builder().from(POLICY).coincidenceOdds(0).build(),
            "'coincidenceOdds'", "0"),
        iae("policy: coincidence odds over a billion",
            () -> MatchingPolicy.builder().from(POLICY).coincidenceOdds(1_000_000_001).build(),
            "'coincidenceOdds'", "1000000001"),
        iae("policy: negative split partner days", () -> MatchingPolicy.builder().from(POLICY).splitPartnerDays(-1).build(),
            "'splitPartnerDays'", "-1"),
        iae("policy: split partner days beyond twice the widest window",
            () -> MatchingPolicy.builder().from(POLICY).splitPartnerDays(73_051).build(),
            "'splitPartnerDays'", "73051"),
        iae("policy: negative edits", () -> MatchingPolicy.builder().from(POLICY).maxReferenceEdits(-1).build(),
            "'maxReferenceEdits'", "-1"),
        iae("policy: 1 candidate reported", () -> MatchingPolicy.builder().from(POLICY).maxCandidatesReported(1).build(),
            "'maxCandidatesReported'", "1"),
        iae("policy: 1,001 candidates reported",
            () -> MatchingPolicy.builder().from(POLICY).maxCandidatesReported(1_001).build(),
            "'maxCandidatesReported'", "between 2 and 1000", "1001"),
        iae("policy: a window over a hundred years",
            () -> MatchingPolicy.builder().from(POLICY).dateWindowDays(36_526).build(),
            "'dateWindowDays'", "between 0 and 36525", "36526"),
        iae("policy: a tolerance beyond the decimal bound", () -> MatchingPolicy.builder()
            .absoluteTolerance(cny("1E+999999999")).build(), "'absoluteTolerance'", "decimal bound"),
        iae("policy: a tolerance beyond the largest line", () -> MatchingPolicy.builder()
            .absoluteTolerance(cny("10000000000000.01")).build(), "'absoluteTolerance'",
            "be at most CNY 10000000000000 (the matcher's largest line)", "CNY 10000000000000.01"),
        iae("policy: a combination tolerance beyond the largest line", () -> MatchingPolicy.builder()
            .absoluteTolerance(cny("0")).combinationTolerance(cny("1E+30")).build(), "'combinationTolerance'",
            "the matcher's largest line"),
        iae("policy: a write-off threshold beyond the largest line", () -> MatchingPolicy.builder().from(POLICY)
            .defaultWriteOffThreshold(cny("1E+20")).build(), "'defaultWriteOffThreshold'", "largest line"),
        iae("policy: a relative tolerance beyond the decimal bound", () -> MatchingPolicy.builder()
            .absoluteTolerance(cny("0")).relativeTolerance(new BigDecimal("1E-999999999")).build(),
            "'relativeTolerance'", "decimal bound"),
        iae("policy: negative write-off", () -> MatchingPolicy.builder().from(POLICY)
            .putWriteOffThresholds(ReasonType.REBATE, cny("-1")).build(), "'writeOffThresholds[REBATE]'", "CNY -1"),
        iae("policy: write-off in USD", () -> MatchingPolicy.builder().from(POLICY)
            .putWriteOffThresholds(ReasonType.REBATE, usd("1")).build(), "'writeOffThresholds[REBATE]'", "USD", "CNY"),
        iae("policy: default write-off in USD", () -> MatchingPolicy.builder().from(POLICY)
            .defaultWriteOffThreshold(usd("1")).build(), "'defaultWriteOffThreshold'", "USD", "CNY"),
        iae("policy: negative default write-off", () -> MatchingPolicy.builder().from(POLICY)
            .defaultWriteOffThreshold(cny("-1")).build(), "'defaultWriteOffThreshold'", "CNY -1"),
        iae("policy: blank reason code", () -> MatchingPolicy.builder().from(POLICY)
            .putReasonCodes(" ", ReasonType.REBATE).build(), "'reasonCodes key'", "' '"),
        npe("policy: null reason code", () -> POLICY.reasonType(null), "reasonCode"),
        npe("policy: null type", () -> POLICY.writeOffThreshold(null), "type"),
        iae("authorization: zero amount", () -> Authorization.builder().id("A1").accountId("KA1")
            .type(ReasonType.PROMOTION).amount(cny("0")).date(DAY).build(), "'amount'", "CNY 0"),
        iae("authorization: blank account", () -> Authorization.builder().id("A1").accountId("")
            .type(ReasonType.PROMOTION).amount(cny("1")).date(DAY).build(), "'accountId'", "''"),
        iae("deduction: blank id", () -> Deduction.builder().id(" ").accountId("KA1").reasonCode("x")
            .amount(cny("1")).date(DAY).build(), "'id'", "' '"),
        iae("match: zero amount", () -> AuthorizationMatch.of("A1", cny("0")), "'amount'", "CNY 0"),
        iae("match: blank id", () -> AuthorizationMatch.of("", cny("1")), "'authorizationId'", "''"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejected(String name, Executable call, Class<? extends Exception> type, List<String> fragments) {
    Exception e = assertThrows(type, call);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> name + ": '" + e.getMessage() + "' lacks " + fragment);
    }
  }

  @org.junit.jupiter.api.Test
  void theLargestValuesWithinEachNewBound_areAccepted() {
    MatchingPolicy widest = MatchingPolicy.builder().from(POLICY).dateWindowDays(MatchingPolicy.MAX_DATE_WINDOW_DAYS)
        .maxCandidatesReported(MatchingPolicy.MAX_CANDIDATES_REPORTED).absoluteTolerance(cny("10000000000000.00"))
        .build();
    org.junit.jupiter.api.Assertions.assertEquals(36_525, widest.dateWindowDays());
    org.junit.jupiter.api.Assertions.assertEquals(1_000, widest.maxCandidatesReported());
    org.junit.jupiter.api.Assertions.assertEquals(0, MatchingPolicy.builder().from(POLICY).dateWindowDays(0).build()
        .dateWindowDays());
    org.junit.jupiter.api.Assertions.assertEquals(3_650, PaymentTerms.net(3_650).days());
    org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.MAX,
        PaymentTerms.net(1).dueDate(java.time.LocalDate.MAX.minusDays(1)));
    dev.keyaccount.receivables.aging.OpenItem item = dev.keyaccount.receivables.aging.OpenItem.builder()
        .accountId("A".repeat(256)).reference("R".repeat(256)).amount(cny("1"))
        .dueDate(java.time.LocalDate.of(2026, 2, 1)).build();
    org.junit.jupiter.api.Assertions.assertEquals(256, item.reference().length());
    IllegalArgumentException account = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> dev.keyaccount.receivables.aging.OpenItem.builder().from(item).accountId("A".repeat(257)).build());
    org.junit.jupiter.api.Assertions.assertEquals(
        "Argument 'accountId' must have at most 256 characters but has value 257 characters", account.getMessage());
    org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal("30"),
        new dev.keyaccount.receivables.dso.DsoCalculator(0, java.math.RoundingMode.HALF_UP)
            .standard(cny("150000"), cny("1825000"), 365));
  }
}
