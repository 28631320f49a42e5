package dev.keyaccount.planning.baseline;

import dev.keyaccount.core.Args;
import org.immutables.value.Value;
import org.threeten.extra.YearWeek;

/**
 * The volume one account sold of one product (or product group) in one ISO week, and whether the week
 * was promoted.
 *
 * <p>Bounds: ids at most {@value #MAX_ID_LENGTH} characters, not blank; the week's year in
 * {@code [}{@value #MIN_YEAR}{@code , }{@value #MAX_YEAR}{@code ]}; cases in {@code [0, }{@value #MAX_CASES}{@code ]}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeeklySales {

  /** The longest account or product id accepted. */
  public static final int MAX_ID_LENGTH = 64;
  /** The earliest week-based year accepted. */
  public static final int MIN_YEAR = 2000;
  /** The latest week-based year accepted. */
  public static final int MAX_YEAR = 2099;
  /** The largest weekly volume accepted, in cases (one billion). */
  public static final long MAX_CASES = 1_000_000_000L;

  WeeklySales() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns one week's sales.
   *
   * @param accountId the account's id
   * @param productId the product's or product group's id
   * @param week the ISO week
   * @param cases the volume sold, in cases
   * @param promoted whether a promotion ran that week
   * @return the week's sales
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of its bounds
   */
  public static WeeklySales of(String accountId, String productId, YearWeek week, long cases, boolean promoted) {
    return builder().accountId(accountId).productId(productId).week(week).cases(cases).promoted(promoted).build();
  }

  /**
   * The account's id.
   *
   * @return the id
   */
  public abstract String accountId();

  /**
   * The product's or product group's id.
   *
   * @return the id
   */
  public abstract String productId();

  /**
   * The ISO week.
   *
   * @return the week
   */
  public abstract YearWeek week();

  /**
   * The volume sold in the week.
   *
   * @return the cases, in {@code [0, MAX_CASES]}
   */
  public abstract long cases();

  /**
   * Whether a promotion ran in the week; promoted weeks never enter a baseline.
   *
   * @return true for a promoted week
   */
  public abstract boolean promoted();

  @Value.Check
  void check() {
    checkId(accountId(), "accountId");
    checkId(productId(), "productId");
    Args.check(week().getYear() >= MIN_YEAR && week().getYear() <= MAX_YEAR, "week",
        "be in the years " + MIN_YEAR + " to " + MAX_YEAR, week());
    Args.check(cases() >= 0 && cases() <= MAX_CASES, "cases", "be between 0 and " + MAX_CASES, cases());
  }

  static void checkId(String id, String name) {
    Args.notBlank(id, name);
    if (id.length() > MAX_ID_LENGTH) {
      throw Args.invalid(name, "have at most " + MAX_ID_LENGTH + " characters", id.length() + " characters");
    }
  }

  /** Builds {@link WeeklySales} values. */
  public static final class Builder extends ImmutableWeeklySales.Builder {}
}
