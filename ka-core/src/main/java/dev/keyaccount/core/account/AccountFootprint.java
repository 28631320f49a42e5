package dev.keyaccount.core.account;

import dev.keyaccount.core.Args;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts about a retailer's reach from which its {@link AccountTier} follows: international
 * background, the number of provinces with stores, the stores in its home region, and whether it has
 * strong local influence (a single dominant store, an influential convenience chain).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountFootprint {

  AccountFootprint() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the retailer has an international background (国际背景).
   *
   * @return true for a foreign or multinational retailer
   */
  @Value.Default
  public boolean internationalBackground() {
    return false;
  }

  /**
   * The number of provinces in which the retailer has stores.
   *
   * @return at least 1
   */
  public abstract int provincesWithStores();

  /**
   * The number of stores in the retailer's home regional market.
   *
   * @return at least 1
   */
  public abstract int storesInRegion();

  /**
   * Whether the retailer has strong influence in its local market (a landmark store, a dominant
   * convenience chain).
   *
   * @return true if influential locally
   */
  @Value.Default
  public boolean influentialLocally() {
    return false;
  }

  /**
   * The tier these facts give.
   *
   * @return the tier, or empty when these facts do not make a key account
   */
  public Optional<AccountTier> tier() {
    return AccountTier.derive(this);
  }

  @Value.Check
  void check() {
    Args.check(provincesWithStores() >= 1, "provincesWithStores", "be at least 1", provincesWithStores());
    Args.check(storesInRegion() >= 1, "storesInRegion", "be at least 1", storesInRegion());
  }

  /** Builds an {@link AccountFootprint}; {@code provincesWithStores} and {@code storesInRegion} are required. */
  public static final class Builder extends ImmutableAccountFootprint.Builder {}
}
