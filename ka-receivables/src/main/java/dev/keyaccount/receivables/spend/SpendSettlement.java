package dev.keyaccount.receivables.spend;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.result.Failures;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.receivables.deduction.AuthorizationUse;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * Follows accruals to settlement (费用核销): for each accrual, what was settled on the invoice
 * (off-invoice accruals, wholly), what deductions claimed against its authorization in a
 * {@link DeductionLedger} (the authorization made by {@link AccrualAuthorizations}, same id), what we
 * paid by cheque or credit note, what is open, and what was over-claimed; then accrued versus settled
 * per account, per funding method and overall.
 *
 * <p>Accrual ids must be unique and in the ledger's currency. A payment naming no accrual is reported,
 * not counted. At most {@value #MAX_ITEMS} accruals and as many payments. This class is stateless and
 * thread-safe.
 */
public final class SpendSettlement {

  /** The most accruals, and the most payments, one call takes. */
  public static final int MAX_ITEMS = 1_000_000;

  /** The calculator; it has no settings. */
  public static final SpendSettlement DEFAULT = new SpendSettlement();

  private SpendSettlement() {}

  /**
   * Settles accruals against a deduction ledger and our payments.
   *
   * @param accruals the accruals
   * @param ledger the deduction ledger whose authorization uses carry the claims
   * @param payments our payments by cheque or credit note
   * @return the report, with a failure item for each accrual or payment left out: null, an amount in
   *     another currency than the ledger's, or (accruals) a repeated id; accruals first
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are too many items
   */
  public SettlementReport settle(List<SpendAccrual> accruals, DeductionLedger ledger, List<SpendPayment> payments) {
    Args.notNull(accruals, "accruals");
    Args.notNull(ledger, "ledger");
    Args.notNull(payments, "payments");
    if (accruals.size() > MAX_ITEMS) {
      throw Args.invalid("accruals", "number at most " + MAX_ITEMS, accruals.size());
    }
    if (payments.size() > MAX_ITEMS) {
      throw Args.invalid("payments", "number at most " + MAX_ITEMS, payments.size());
    }
    CurrencyUnit currency = ledger.currency();
    Map<String, Money> paidById = new HashMap<>();
    Failures accrualFailures = new Failures("accruals");
    List<SpendAccrual> settled = new ArrayList<>(accruals.size());
    for (int i = 0; i < accruals.size(); i++) {
      SpendAccrual accrual = accruals.get(i);
      if (!accrualFailures.isNull(accrual, i)
          && !accrualFailures.isOtherCurrency(accrual.amount(), currency, i, accrual.id(), "amount")
          && !accrualFailures.isDuplicate(accrual.id(), i)) {
        paidById.put(accrual.id(), Monies.zero(currency));
        settled.add(accrual);
      }
    }
    ImmutableSettlementReport.Builder report = ImmutableSettlementReport.builder();
    Failures paymentFailures = new Failures("payments");
    for (int i = 0; i < payments.size(); i++) {
      SpendPayment payment = payments.get(i);
      if (paymentFailures.isNull(payment, i)
          || paymentFailures.isOtherCurrency(payment.amount(), currency, i, payment.accrualId(), "amount")) {
        continue;
      }
      Money before = paidById.get(payment.accrualId());
      if (before == null) {
        report.addUnknownPayments(payment);
      } else {
        paidById.put(payment.accrualId(), Monies.add(before, payment.amount()));
      }
    }
    report.addAllFailures(accrualFailures.items()).addAllFailures(paymentFailures.items());
    Money zero = Monies.zero(currency);
    Map<String, SpendTotals> byAccount = new TreeMap<>();
    Map<FundingMethod, SpendTotals> byMethod = new EnumMap<>(FundingMethod.class);
    SpendTotals total = SpendTotals.zero(currency);
    for (SpendAccrual accrual : settled) {
      Money onInvoice = accrual.line().claimable() ? zero : accrual.amount();
      Money claimed = ledger.authorizationUse(accrual.id()).map(AuthorizationUse::consumed).orElse(zero);
      AccrualPosition position = AccrualPosition.of(accrual, onInvoice, claimed, paidById.get(accrual.id()));
      report.addPositions(position);
      byAccount.put(accrual.accountId(), byAccount.getOrDefault(accrual.accountId(), SpendTotals.zero(currency)).plus(position));
      byMethod.put(accrual.method(), byMethod.getOrDefault(accrual.method(), SpendTotals.zero(currency)).plus(position));
      total = total.plus(position);
    }
    return report.byAccount(byAccount).byMethod(byMethod).total(total).build();
  }
}
