package dev.keyaccount.planning.rebate;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.agreement.FeeType;
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
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;

/**
 * The documented conversion of a tiered rebate's settlements (返利结算) into {@link SpendAccrual}s, the
 * shared value of ka-core, so that ka-receivables' {@code AccrualAuthorizations} turns them into the
 * authorizations retailer deductions are matched against and {@code SpendSettlement} follows them to
 * payment, with no field copied by hand.
 *
 * <p>The scheme becomes one {@link #line spend line}: its id, source id and reference are the scheme's
 * id, the source an agreement line, the fee type {@link FeeType#REBATE}, the method
 * {@link FundingMethod#BILL_BACK} (earned as we sell, claimed by the retailer after the period), the
 * period and account the scheme's. A rebate is not linear in its base, so the line's term (the scheme's
 * top rate: per case for volume, a share of sales for value) is for reference only; the accruals carry
 * the settlement amounts, never what {@code Accruals} would compute from that rate.
 *
 * <p>The period is cut at the interim dates: the {@code i}-th interim payment is the accrual of
 * {@code [previous date, date i)} (from the period's start for the first), and the final payment of the
 * settlement, when there is one, the accrual of {@code [last date, end)}. A final that is negative (a
 * clawback, money the retailer owes back) accrues zero and stays in the {@link RebateSettlement}. So
 * the accruals add up to {@code interimPaid + max(0, finalPayment)}: exactly the rebate earned when the
 * interims did not pay more than it, never a unit paid twice. Without a settlement (the period is not
 * over) only the interims accrue. This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class RebateAccruals {

  /** The conversion. */
  public static final RebateAccruals DEFAULT = new RebateAccruals();

  private RebateAccruals() {}

  /**
   * The spend line a rebate scheme accrues under.
   *
   * @param scheme the scheme, its period at most 3,660 days and its top rate positive
   * @return the line, method {@code BILL_BACK}, fee type {@code REBATE}
   * @throws IllegalArgumentException if the scheme pays nothing at any tier or its period or id is out of
   *     the spend line's bounds
   */
  public SpendLine line(RebateScheme scheme) {
    Args.notNull(scheme, "scheme");
    RebateTier top = scheme.tiers().get(scheme.tiers().size() - 1);
    if (top.rate().signum() <= 0) {
      throw Args.invalid("scheme", "pay a positive rate at its top tier", scheme.id());
    }
    SpendLine.Builder line = SpendLine.builder().id(scheme.id()).source(SpendSource.AGREEMENT_LINE)
        .sourceId(scheme.id()).accountId(scheme.accountId()).feeType(FeeType.REBATE).method(FundingMethod.BILL_BACK)
        .period(scheme.period()).reference(scheme.id()).currency(scheme.currency());
    if (scheme.measure() == RebateMeasure.VOLUME) {
      line.perCase(Money.of(top.rate(), scheme.currency()));
    } else {
      line.salesRate(Rate.of(top.rate()));
    }
    return line.build();
  }

  /**
   * The accruals of a rebate's interim payments and, once the period is over, of its final payment.
   *
   * @param scheme the scheme
   * @param interimDates the dates where each interim period ends and the next starts (the interim
   *     covers the days before it), strictly increasing and strictly inside the scheme's period; at most
   *     {@value RebateCalculator#MAX_INTERIMS}
   * @param interimPayments what each interim paid ({@link RebateCalculator#interim}), one per date, not
   *     negative, whole minor units, in the scheme's currency
   * @param settlement the final settlement ({@link RebateCalculator#settle}), its interims paid the sum of
   *     {@code interimPayments}; empty while the period runs
   * @return one accrual per interim, in order, then one for the final when settled
   * @throws IllegalArgumentException if a date is out of order or outside the period, the counts differ,
   *     a payment is out of bounds, or the settlement's interims paid differ from the payments' sum
   */
  public List<SpendAccrual> accruals(RebateScheme scheme, List<LocalDate> interimDates,
      List<? extends MonetaryAmount> interimPayments, Optional<RebateSettlement> settlement) {
    SpendLine line = line(scheme);
    Args.notNull(interimDates, "interimDates");
    Args.notNull(interimPayments, "interimPayments");
    Args.notNull(settlement, "settlement");
    if (interimDates.size() > RebateCalculator.MAX_INTERIMS) {
      throw Args.invalid("interimDates", "number at most " + RebateCalculator.MAX_INTERIMS, interimDates.size());
    }
    if (interimPayments.size() != interimDates.size()) {
      throw Args.invalid("interimPayments", "number as many as the " + interimDates.size() + " interim dates",
          interimPayments.size());
    }
    LocalDateRange period = scheme.period();
    List<SpendAccrual> result = new ArrayList<>(interimDates.size() + 1);
    LocalDate from = period.getStart();
    Money paid = Monies.zero(scheme.currency());
    for (int i = 0; i < interimDates.size(); i++) {
      LocalDate date = Args.notNull(interimDates.get(i), "interimDates", i);
      if (!(date.isAfter(from) && date.isBefore(period.getEnd()))) {
        throw Args.invalid("interimDates[" + i + "]", "be after " + from + " and before the period's end " + period.getEnd(),
            date);
      }
      Money payment = payment(interimPayments.get(i), scheme, "interimPayments[" + i + "]");
      result.add(SpendAccrual.of(line, LocalDateRange.of(from, date), payment));
      paid = Monies.add(paid, payment);
      from = date;
    }
    if (settlement.isPresent()) {
      RebateSettlement s = settlement.get();
      Args.sameCurrency(s.interimPaid(), scheme.currency(), "settlement.interimPaid");
      if (!s.interimPaid().isEqualTo(paid)) {
        throw Args.invalid("settlement.interimPaid", "equal the interim payments' sum " + paid, s.interimPaid());
      }
      Money finalPayment = s.finalPayment().isNegative() ? Monies.zero(scheme.currency()) : s.finalPayment();
      result.add(SpendAccrual.of(line, LocalDateRange.of(from, period.getEnd()), finalPayment));
    }
    return Collections.unmodifiableList(result);
  }

  private static Money payment(MonetaryAmount amount, RebateScheme scheme, String name) {
    Args.notNull(amount, name);
    Args.notNegative(amount, name);
    Args.sameCurrency(amount, scheme.currency(), name);
    Money money = Monies.of(amount);
    Args.check(Monies.isWholeMinorUnits(money), name, "be a whole number of minor units", amount);
    Args.check(Monies.decimal(money).compareTo(BigDecimal.TEN.pow(12)) < 0, name, "be below 1000000000000", amount);
    return money;
  }
}
