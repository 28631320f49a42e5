package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.Args;
import java.util.List;

/**
 * What a scorecard criterion measures: one of the standard facts of {@link AccountFacts}, or a named
 * extra measure (such as {@code "profit"}, {@code "marketShare"} or {@code "inventoryHolding"}) that
 * the facts carry in {@link AccountFacts#measures()} (numbers) or {@link AccountFacts#ratings()}
 * (levels rated directly).
 *
 * <p>Equality is by name; {@link #named(String)} returns the standard measure for a standard name.
 * This class is immutable and thread-safe.
 */
public final class Measure {

  static final int SALES = 0;
  static final int GROWTH = 1;
  static final int DSO = 2;
  static final int DISPLAY = 3;
  static final int ACTIVITY = 4;
  static final int SKUS = 5;
  static final int RELATIONSHIP_CODE = 6;
  static final int EXTRA = 7;

  /** Annual sales (年销售额), a money amount: {@link AccountFacts#annualSales()}. */
  public static final Measure ANNUAL_SALES = new Measure("annualSales", SALES);
  /** Growth rate (成长率): {@link AccountFacts#growthRate()}. */
  public static final Measure GROWTH_RATE = new Measure("growthRate", GROWTH);
  /** Payment terms as days sales outstanding (帐期, DSO): {@link AccountFacts#dsoDays()}. */
  public static final Measure DSO_DAYS = new Measure("dsoDays", DSO);
  /** Display rate (陈列率, merchandising share): {@link AccountFacts#displayRate()}. */
  public static final Measure DISPLAY_RATE = new Measure("displayRate", DISPLAY);
  /** Activity rate (活动率, activity share): {@link AccountFacts#activityRate()}. */
  public static final Measure ACTIVITY_RATE = new Measure("activityRate", ACTIVITY);
  /** Product distribution (产品分销), SKUs listed: {@link AccountFacts#listedSkus()}. */
  public static final Measure LISTED_SKUS = new Measure("listedSkus", SKUS);
  /** Working relationship (合作关系), rated directly: {@link AccountFacts#relationship()}. */
  public static final Measure RELATIONSHIP = new Measure("relationship", RELATIONSHIP_CODE);

  private static final List<Measure> STANDARD =
      List.of(ANNUAL_SALES, GROWTH_RATE, DSO_DAYS, DISPLAY_RATE, ACTIVITY_RATE, LISTED_SKUS, RELATIONSHIP);

  private final String name;
  private final int code;

  private Measure(String name, int code) {
    this.name = name;
    this.code = code;
  }

  /**
   * Returns the measure of a name: the standard measure if the name is standard, else an extra one.
   *
   * @param name the measure's name, such as {@code "profit"}
   * @return the measure
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Measure named(String name) {
    Args.notBlank(name, "name");
    for (Measure m : STANDARD) {
      if (m.name.equals(name)) {
        return m;
      }
    }
    return new Measure(name, EXTRA);
  }

  /**
   * Returns the seven standard measures, in the order of DOMAIN.md §3.
   *
   * @return the standard measures
   */
  public static List<Measure> standard() {
    return STANDARD;
  }

  /**
   * Returns the measure's name, such as {@code "displayRate"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns whether the measure is one of the standard facts of {@link AccountFacts}.
   *
   * @return false for a named extra measure
   */
  public boolean isStandard() {
    return code != EXTRA;
  }

  int code() {
    return code;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Measure && ((Measure) obj).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
