package dev.keyaccount.core.account;

import dev.keyaccount.core.Args;
import java.util.Optional;

/**
 * The tier of a key account (客户分类), derived from its footprint, never typed in.
 *
 * <ul>
 *   <li>{@link #GKA}: international background and stores in two or more provinces (Carrefour, Walmart, Metro);</li>
 *   <li>{@link #NKA}: stores in two or more provinces without international background (CR Vanguard, Lianhua);</li>
 *   <li>{@link #LKA}: several stores within one regional market, or a single store (or convenience chain)
 *       with strong local influence.</li>
 * </ul>
 */
public enum AccountTier {
  /** Global key account (国际重点客户). */
  GKA,
  /** National key account (全国重点客户). */
  NKA,
  /** Local key account (地方重点客户). */
  LKA;

  /**
   * Derives the tier from the footprint facts.
   *
   * @param footprint the account's footprint
   * @return the tier, or empty when the footprint does not make a key account (one store without
   *     strong local influence, or no store at all)
   */
  public static Optional<AccountTier> derive(AccountFootprint footprint) {
    Args.notNull(footprint, "footprint");
    if (footprint.provincesWithStores() >= 2) {
      return Optional.of(footprint.internationalBackground() ? GKA : NKA);
    }
    if (footprint.storesInRegion() >= 2 || (footprint.storesInRegion() == 1 && footprint.influentialLocally())) {
      return Optional.of(LKA);
    }
    return Optional.empty();
  }
}
