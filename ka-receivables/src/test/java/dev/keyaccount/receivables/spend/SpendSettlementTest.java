package dev.keyaccount.receivables.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import dev.keyaccount.core.spend.Accruals;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SalesDay;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.core.spend.SpendLine;
import dev.keyaccount.core.spend.SpendSource;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Accrual to settlement worked by hand: accruals as authorizations, deductions, payments, open, over-claims. */
class SpendSettlementTest {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

  static Money cny(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  static SpendLine.Builder line(String id, String account, FeeType fee, FundingMethod method) {
    return SpendLine.builder().id(id).source(SpendSource.AGREEMENT_LINE).sourceId(id + "-SRC").accountId(account)
        .feeType(fee).method(method).period(JAN_1, MAR_1);
  }

  // Display fee 5,900.00 over Jan-Feb (59 days): Jan 5,900 × 31/59 = 3,100.00, Feb 2,800.00.
  static final SpendLine DISPLAY = line("DISP", "CRF", FeeType.DISPLAY, FundingMethod.LUMP_SUM).reference("CRF-DISP-26")
      .lumpSum(cny("5900")).build();
  // Off-invoice 2.00 per case, 100 cases on Jan 5: 200.00, settled on the invoice.
  static final SpendLine OFF = line("OFF", "CRF", FeeType.PROMOTION_SUPPORT, FundingMethod.OFF_INVOICE).perCase(cny("2")).build();
  // Bill-back 1.00 per case at CR Vanguard, 500 cases on Jan 5: 500.00.
  static final SpendLine BACK = line("BACK", "CRV", FeeType.PROMOTION_SUPPORT, FundingMethod.BILL_BACK).reference("CRV-BB-1")
      .perCase(cny("1")).build();
  static final List<SalesDay> SALES = List.of(SalesDay.of(LocalDate.of(2026, 1, 5), 100, 0, cny("0")));
  static final List<SalesDay> SALES_CRV = List.of(SalesDay.of(LocalDate.of(2026, 1, 5), 500, 0, cny("0")));

  static List<SpendAccrual> accruals() {
    List<SpendAccrual> all = new ArrayList<>(Accruals.monthly(DISPLAY, List.of()));
    all.add(Accruals.accrue(OFF, SALES));
    all.add(Accruals.accrue(BACK, SALES_CRV));
    return all;
  }

  @Test
  void accrualsBecomeAuthorizations_offInvoiceNone() {
    List<SpendAccrual> accruals = accruals();
    assertEquals(List.of(cny("3100.00"), cny("2800.00"), cny("200.00"), cny("500.00")),
        accruals.stream().map(SpendAccrual::amount).collect(java.util.stream.Collectors.toList()));
    List<Authorization> auths = AccrualAuthorizations.DEFAULT.authorizations(accruals);
    assertEquals(3, auths.size());
    Authorization jan = auths.get(0);
    assertEquals("DISP@2026-01-01/2026-02-01", jan.id());
    assertEquals("CRF", jan.accountId());
    assertEquals(ReasonType.DISPLAY_FEE, jan.type());
    assertEquals(Optional.of("CRF-DISP-26"), jan.reference());
    assertEquals(cny("3100.00"), Money.from(jan.amount()));
    assertEquals(LocalDate.of(2026, 1, 31), jan.date());
    assertEquals(ReasonType.PROMOTION, auths.get(2).type());
    assertEquals(Optional.empty(), AccrualAuthorizations.DEFAULT.authorization(accruals.get(2)));
    // a zero accrual authorizes nothing
    assertEquals(Optional.empty(), AccrualAuthorizations.DEFAULT.authorization(SpendAccrual.of(BACK, BACK.period(), cny("0"))));
  }

  @Test
  void reasonTypes_perFeeType() {
    assertEquals(ReasonType.LISTING_FEE, AccrualAuthorizations.DEFAULT.reasonType(FeeType.LISTING));
    assertEquals(ReasonType.LISTING_FEE, AccrualAuthorizations.DEFAULT.reasonType(FeeType.BARCODE));
    assertEquals(ReasonType.DISPLAY_FEE, AccrualAuthorizations.DEFAULT.reasonType(FeeType.DISPLAY));
    assertEquals(ReasonType.PROMOTION, AccrualAuthorizations.DEFAULT.reasonType(FeeType.FESTIVAL_DM));
    assertEquals(ReasonType.PROMOTION, AccrualAuthorizations.DEFAULT.reasonType(FeeType.PROMOTION_SUPPORT));
    assertEquals(ReasonType.REBATE, AccrualAuthorizations.DEFAULT.reasonType(FeeType.REBATE));
  }

  @Test
  void settlement_claimedPaidOpenAndOverClaimed() {
    List<SpendAccrual> accruals = accruals();
    List<Deduction> deductions = List.of(
        Deduction.builder().id("D1").accountId("CRF").reasonCode("DISPLAY_FEE").reference("CRF-DISP-26")
            .amount(cny("3100.00")).date(LocalDate.of(2026, 2, 20)).build(),
        Deduction.builder().id("D2").accountId("CRV").reasonCode("PROMOTION").reference("CRV-BB-1")
            .amount(cny("500.00")).date(LocalDate.of(2026, 3, 20)).build());
    DeductionLedger ledger = new DeductionMatcher(MatchingPolicy.standard(Currencies.CNY))
        .match(deductions, AccrualAuthorizations.DEFAULT.authorizations(accruals), DeductionLedger.empty(Currencies.CNY)).ledger();
    List<SpendPayment> payments = List.of(
        SpendPayment.of(accruals.get(1).id(), PaymentKind.CHEQUE, cny("800"), LocalDate.of(2026, 3, 10)),
        SpendPayment.of(accruals.get(3).id(), PaymentKind.CREDIT_NOTE, cny("60"), LocalDate.of(2026, 3, 25)),
        SpendPayment.of(accruals.get(3).id(), PaymentKind.CHEQUE, cny("40"), LocalDate.of(2026, 3, 26)),
        SpendPayment.of("NOPE", PaymentKind.CHEQUE, cny("5"), LocalDate.of(2026, 3, 26)));
    SettlementReport report = SpendSettlement.DEFAULT.settle(accruals, ledger, payments);

    // Jan display: accrued 3,100, claimed by D1 3,100 → settled, nothing open
    AccrualPosition jan = report.positions().get(0);
    assertEquals(cny("3100.00"), jan.claimed());
    assertEquals(cny("0"), jan.paid());
    assertEquals(cny("0"), jan.open());
    // Feb display: accrued 2,800, cheque 800 → open 2,000
    AccrualPosition feb = report.positions().get(1);
    assertEquals(cny("0"), feb.claimed());
    assertEquals(cny("800"), feb.paid());
    assertEquals(cny("2000.00"), feb.open());
    // off-invoice: settled on the invoice, 200
    AccrualPosition off = report.positions().get(2);
    assertEquals(cny("200.00"), off.onInvoice());
    assertEquals(cny("200.00"), off.settled());
    assertEquals(cny("0"), off.open());
    // bill-back: claimed 500 and paid 60 + 40 = 100 → settled 600, over-claimed by 100
    AccrualPosition back = report.positions().get(3);
    assertEquals(cny("500.00"), back.claimed());
    assertEquals(cny("100"), back.paid());
    assertEquals(cny("600.00"), back.settled());
    assertEquals(cny("100.00"), back.overClaim());
    assertEquals(cny("0"), back.open());
    assertEquals(cny("0"), jan.overClaim());
    assertEquals(cny("0"), jan.onInvoice());
    assertEquals(List.of(back), report.overClaimed());

    // CRF: accrued 3,100 + 2,800 + 200 = 6,100; settled 3,100 + 800 + 200 = 4,100; open 2,000
    SpendTotals crf = report.byAccount().get("CRF");
    assertEquals(List.of(cny("6100"), cny("4100"), cny("2000"), cny("0")),
        List.of(crf.accrued(), crf.settled(), crf.open(), crf.overClaim()));
    // its parts: on the invoice 200 (off-invoice), claimed 3,100 (Jan, by D1), paid 800 (Feb, cheque)
    assertEquals(List.of(cny("200"), cny("3100"), cny("800")), List.of(crf.onInvoice(), crf.claimed(), crf.paid()));
    SpendTotals crv = report.byAccount().get("CRV");
    assertEquals(List.of(cny("500"), cny("600"), cny("0"), cny("100")),
        List.of(crv.accrued(), crv.settled(), crv.open(), crv.overClaim()));
    assertEquals(List.of("CRF", "CRV"), new ArrayList<>(report.byAccount().keySet()));
    Map<FundingMethod, SpendTotals> byMethod = report.byMethod();
    assertEquals(3, byMethod.size());
    assertEquals(cny("5900"), byMethod.get(FundingMethod.LUMP_SUM).accrued());
    assertEquals(cny("3900"), byMethod.get(FundingMethod.LUMP_SUM).settled());
    assertEquals(cny("200"), byMethod.get(FundingMethod.OFF_INVOICE).settled());
    assertEquals(cny("100"), byMethod.get(FundingMethod.BILL_BACK).overClaim());
    SpendTotals total = report.total();
    assertEquals(List.of(cny("6600"), cny("4700"), cny("2000"), cny("100")),
        List.of(total.accrued(), total.settled(), total.open(), total.overClaim()));
    // settled 4,700 = on the invoice 200 + claimed 3,100 + 500 + paid 800 + 100
    assertEquals(List.of(cny("200"), cny("3600"), cny("900")), List.of(total.onInvoice(), total.claimed(), total.paid()));
    assertEquals(List.of(payments.get(3)), report.unknownPayments());
  }

  @Test
  void nothingClaimedOrPaid_isAllOpen() {
    SettlementReport report = SpendSettlement.DEFAULT.settle(accruals(), DeductionLedger.empty(Currencies.CNY), List.of());
    assertEquals(cny("6400"), report.total().open());
    assertEquals(cny("6600"), report.total().accrued());
    assertTrue(report.overClaimed().isEmpty());
    assertTrue(report.unknownPayments().isEmpty());
  }

  @Test
  void repeatedOrOtherCurrencyItems_areFailureItems_andTheOthersAreSettled() {
    List<SpendAccrual> accruals = accruals();
    DeductionLedger cnyLedger = DeductionLedger.empty(Currencies.CNY);
    List<SpendAccrual> withRepeat = new java.util.ArrayList<>(accruals);
    withRepeat.add(accruals.get(0));
    SpendPayment usd = SpendPayment.of("X", PaymentKind.CHEQUE, Money.of(1, "USD"), JAN_1);
    SettlementReport report = SpendSettlement.DEFAULT.settle(withRepeat, cnyLedger, List.of(usd));
    SettlementReport clean = SpendSettlement.DEFAULT.settle(accruals, cnyLedger, List.of());
    assertEquals(clean.positions(), report.positions());
    assertEquals(clean.total(), report.total());
    assertEquals(List.of(), clean.failures());
    int repeat = accruals.size();
    assertEquals(List.of(
        FailureItem.of("accruals", repeat, accruals.get(0).id(), FailureReason.DUPLICATE_ID, "Argument 'accruals["
            + repeat + "]' must have a unique id but has value 'DISP@2026-01-01/2026-02-01' (the id of accruals[0])"),
        FailureItem.of("payments", 0, "X", FailureReason.CURRENCY_MISMATCH,
            "Argument 'payments[0].amount' must be in currency CNY but is in USD (value USD 1)")), report.failures());
    SettlementReport usdLedger = SpendSettlement.DEFAULT.settle(accruals, DeductionLedger.empty(Currencies.USD), List.of());
    assertEquals(List.of(), usdLedger.positions());
    assertEquals("Argument 'accruals[0].amount' must be in currency USD but is in CNY (value CNY 3100)",
        usdLedger.failures().get(0).message());
  }

  static Arguments iae(String name, Executable call, String message) {
    return Arguments.of(name, call, message);
  }

  static Stream<Arguments> rejected() {
    List<SpendAccrual> accruals = accruals();
    DeductionLedger cnyLedger = DeductionLedger.empty(Currencies.CNY);
    return Stream.of(
        iae("too many accruals", () -> SpendSettlement.DEFAULT.settle(Collections.nCopies(1_000_001, accruals.get(0)), cnyLedger, List.of()),
            "Argument 'accruals' must number at most 1000000 but has value 1000001"),
        iae("too many payments", () -> SpendSettlement.DEFAULT.settle(accruals, cnyLedger,
                Collections.nCopies(1_000_001, SpendPayment.of("X", PaymentKind.CHEQUE, cny("1"), JAN_1))),
            "Argument 'payments' must number at most 1000000 but has value 1000001"),
        iae("blank payment id", () -> SpendPayment.of(" ", PaymentKind.CHEQUE, cny("1"), JAN_1),
            "Argument 'accrualId' must not be blank but has value ' '"),
        iae("long payment id", () -> SpendPayment.of("x".repeat(129), PaymentKind.CHEQUE, cny("1"), JAN_1),
            "Argument 'accrualId' must have at most 128 characters but has value 129 characters"),
        iae("zero payment", () -> SpendPayment.of("X", PaymentKind.CHEQUE, cny("0"), JAN_1),
            "Argument 'amount' must be positive but has value CNY 0"),
        iae("payment below the fen", () -> SpendPayment.of("X", PaymentKind.CREDIT_NOTE, cny("0.001"), JAN_1),
            "Argument 'amount' must be a whole number of minor units but has value CNY 0.001"));
  }

  /** MAX_ITEMS items that are never read: reading one throws {@link Read}. */
  private static <T> List<T> unreadItems() {
    return new java.util.AbstractList<T>() {
      @Override
      public T get(int index) {
        throw new Read();
      }

      @Override
      public int size() {
        return SpendSettlement.MAX_ITEMS;
      }
    };
  }

  /** Thrown by the first read of {@link #unreadItems()}: the bound let the list through. */
  private static final class Read extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void exactlyMaxItemsAccrualsOrPayments_passTheBound_andAreRead() {
    // The bounds at no cost per item (the test below settles a million real accruals and payments, too
    // slow for the mutation gate's reruns): a list of exactly MAX_ITEMS is not refused but read.
    DeductionLedger ledger = DeductionLedger.empty(Currencies.CNY);
    assertThrows(Read.class, () -> SpendSettlement.DEFAULT.settle(unreadItems(), ledger, List.of()));
    assertThrows(Read.class, () -> SpendSettlement.DEFAULT.settle(List.of(), ledger, unreadItems()));
  }

  @Test
  @Tag("large")
  void exactlyAMillionAccrualsAndAMillionPayments_areSettled() {
    // MAX_ITEMS = 1,000,000 of each are allowed (1,000,001 are rejected above). The January display
    // accrual (3,100.00) a million times is settled once, the 999,999 repeats reported; a million
    // payments of 1.00 against it pay 1,000,000.00.
    SpendAccrual jan = accruals().get(0);
    SettlementReport accruals = SpendSettlement.DEFAULT.settle(Collections.nCopies(1_000_000, jan),
        DeductionLedger.empty(Currencies.CNY), List.of());
    assertEquals(1, accruals.positions().size());
    assertEquals(999_999, accruals.failures().size());
    SettlementReport payments = SpendSettlement.DEFAULT.settle(List.of(jan), DeductionLedger.empty(Currencies.CNY),
        Collections.nCopies(1_000_000, SpendPayment.of(jan.id(), PaymentKind.CHEQUE, cny("1"), JAN_1)));
    assertEquals(cny("1000000"), payments.positions().get(0).paid());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsInput_withItsMessage(String name, Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void boundsThatAreAccepted_andNulls() {
    assertEquals(128, SpendPayment.of("x".repeat(128), PaymentKind.CHEQUE, cny("0.01"), JAN_1).accrualId().length());
    assertEquals("Argument 'accruals' must not be null", assertThrows(NullPointerException.class,
        () -> SpendSettlement.DEFAULT.settle(null, DeductionLedger.empty(Currencies.CNY), List.of())).getMessage());
    assertEquals("Argument 'ledger' must not be null", assertThrows(NullPointerException.class,
        () -> SpendSettlement.DEFAULT.settle(List.of(), null, List.of())).getMessage());
    assertEquals("Argument 'payments' must not be null", assertThrows(NullPointerException.class,
        () -> SpendSettlement.DEFAULT.settle(List.of(), DeductionLedger.empty(Currencies.CNY), null)).getMessage());
    assertEquals("Argument 'accruals[1]' must not be null", assertThrows(NullPointerException.class,
        () -> AccrualAuthorizations.DEFAULT.authorizations(java.util.Arrays.asList(accruals().get(0), null))).getMessage());
    assertEquals("Argument 'accrual' must not be null", assertThrows(NullPointerException.class,
        () -> AccrualAuthorizations.DEFAULT.authorization((SpendAccrual) null)).getMessage());
    assertEquals("Argument 'feeType' must not be null", assertThrows(NullPointerException.class,
        () -> AccrualAuthorizations.DEFAULT.reasonType(null)).getMessage());
  }
}
