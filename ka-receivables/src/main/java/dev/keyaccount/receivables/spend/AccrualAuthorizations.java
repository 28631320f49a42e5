package dev.keyaccount.receivables.spend;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The documented conversion of spend accruals into the {@link Authorization}s that the deduction
 * matcher pairs retailer deductions with, so no field is copied by hand.
 *
 * <p>An accrual becomes an authorization with its {@link SpendAccrual#id() id}, account, the line's
 * reference, its claimable amount and the last day of its period as the date; the reason type follows
 * the fee type ({@link #reasonType}). An accrual with nothing claimable (off-invoice, or a zero amount)
 * authorizes nothing. This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class AccrualAuthorizations {

  /** The conversion. */
  public static final AccrualAuthorizations DEFAULT = new AccrualAuthorizations();

  private AccrualAuthorizations() {}

  /**
   * The reason type a fee type's deductions are matched under: listing and barcode fees →
   * {@code LISTING_FEE}, display → {@code DISPLAY_FEE}, rebate → {@code REBATE}, promotion support and
   * festival/DM fees → {@code PROMOTION}.
   *
   * @param feeType the fee type
   * @return the reason type
   */
  public ReasonType reasonType(FeeType feeType) {
    switch (Args.notNull(feeType, "feeType")) {
      case LISTING:
      case BARCODE:
        return ReasonType.LISTING_FEE;
      case DISPLAY:
        return ReasonType.DISPLAY_FEE;
      case REBATE:
        return ReasonType.REBATE;
      default:
        return ReasonType.PROMOTION;
    }
  }

  /**
   * The authorization an accrual gives, if it leaves anything to claim.
   *
   * @param accrual the accrual
   * @return the authorization, or empty for an off-invoice or zero accrual
   */
  public Optional<Authorization> authorization(SpendAccrual accrual) {
    Args.notNull(accrual, "accrual");
    if (!accrual.claimableAmount().isPositive()) {
      return Optional.empty();
    }
    return Optional.of(Authorization.builder()
        .id(accrual.id())
        .accountId(accrual.accountId())
        .type(reasonType(accrual.line().feeType()))
        .reference(accrual.line().reference())
        .amount(accrual.claimableAmount())
        .date(accrual.period().getEnd().minusDays(1))
        .build());
  }

  /**
   * The authorizations of many accruals, in their order, leaving out those with nothing to claim.
   *
   * @param accruals the accruals
   * @return the authorizations
   */
  public List<Authorization> authorizations(Collection<SpendAccrual> accruals) {
    Args.notNull(accruals, "accruals");
    List<Authorization> result = new ArrayList<>(accruals.size());
    int i = 0;
    for (SpendAccrual accrual : accruals) {
      Args.notNull(accrual, "accruals", i++);
      authorization(accrual).ifPresent(result::add);
    }
    return result;
  }
}
