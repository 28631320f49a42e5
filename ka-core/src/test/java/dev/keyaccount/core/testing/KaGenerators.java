package dev.keyaccount.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.keyaccount.core.account.Account;
import dev.keyaccount.core.account.AccountFootprint;
import dev.keyaccount.core.account.AccountTier;
import dev.keyaccount.core.account.DecisionLevel;
import dev.keyaccount.core.account.DeliveryMode;
import dev.keyaccount.core.account.OperatingModel;
import dev.keyaccount.core.account.RetailFormat;
import dev.keyaccount.core.account.SettlementPoint;
import dev.keyaccount.core.account.Store;
import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.product.PortfolioRole;
import dev.keyaccount.core.product.Sku;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.promotion.PromotionObjective;
import dev.keyaccount.core.promotion.PromotionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/**
 * QuickTheories generators ({@link Gen}) of valid Key Account SDK values, for users' property tests.
 *
 * <p>Every generated value passes its builder's checks: accounts have a footprint that makes a key
 * account (of every tier, or of the tier you ask for) and unique store ids; SKUs have a positive case
 * size and non-negative prices in one currency; agreements and promotions hold every amount in one
 * currency; promotions have a non-empty period, a promoted price not above the regular one and a
 * submission on or before the start. Amounts are whole minor units (fen for CNY), so they can be
 * allocated or summed exactly. Generators shrink towards small values (one store, zero fees, the
 * earliest date) so that a failing property reports a small counter-example.
 *
 * <p>Add the test-jar to your test scope and use the generators with {@code qt().forAll(...)}:
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.keyaccount</groupId>
 *   <artifactId>ka-core</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <classifier>tests</classifier>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 *
 * qt().forAll(KaGenerators.amounts(Currencies.CNY), KaGenerators.weights(1, 12))
 *     .checkAssert((total, weights) ->
 *         assertEquals(total, Monies.sum(Allocation.allocate(total, weights), Currencies.CNY)));
 * }</pre>
 *
 * <p>The generators are stateless and may be shared between tests and threads; a generated value
 * depends only on the randomness QuickTheories supplies, so a fixed seed reproduces it.
 */
public final class KaGenerators {

  /** The largest amount the default money generators produce, in minor units: 10,000,000.00 in CNY. */
  public static final long MAX_MINOR_UNITS = 1_000_000_000L;

  private static final List<CurrencyUnit> CURRENCIES =
      List.of(Currencies.CNY, Currencies.USD, Currencies.EUR, Currencies.of("JPY"));

  private static final List<String[]> CITIES = List.of(
      new String[] {"Shanghai", "East China 华东"}, new String[] {"Hangzhou", "East China 华东"},
      new String[] {"Nanjing", "East China 华东"}, new String[] {"Beijing", "North China 华北"},
      new String[] {"Tianjin", "North China 华北"}, new String[] {"Guangzhou", "South China 华南"},
      new String[] {"Shenzhen", "South China 华南"}, new String[] {"Chengdu", "Southwest China 西南"},
      new String[] {"Chongqing", "Southwest China 西南"}, new String[] {"Wuhan", "Central China 华中"},
      new String[] {"Shenyang", "Northeast China 东北"}, new String[] {"Xi'an", "Northwest China 西北"});

  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  private KaGenerators() {}

  // ---------------------------------------------------------------- money

  /**
   * Currencies with two minor digits (CNY, USD, EUR) and with none (JPY), so that properties are not
   * accidentally tied to two decimals.
   *
   * @return a generator of currencies, shrinking towards CNY
   */
  public static Gen<CurrencyUnit> currencies() {
    return Generate.pick(CURRENCIES);
  }

  /**
   * Amounts of a currency between two bounds in minor units, inclusive; for CNY
   * {@code amounts(CNY, -500, 500)} gives CNY -5.00 to CNY 5.00 in steps of one fen.
   *
   * @param currency the currency
   * @param minMinorUnits the smallest amount, in minor units
   * @param maxMinorUnits the largest amount, in minor units, not below {@code minMinorUnits}
   * @return a generator of whole-minor-unit amounts, shrinking towards the bound nearest zero
   * @throws NullPointerException if the currency is null
   * @throws IllegalArgumentException if the bounds are reversed
   */
  public static Gen<Money> amounts(CurrencyUnit currency, long minMinorUnits, long maxMinorUnits) {
    Objects.requireNonNull(currency, "currency");
    if (maxMinorUnits < minMinorUnits) {
      throw new IllegalArgumentException("Argument 'maxMinorUnits' must not be below minMinorUnits "
          + minMinorUnits + " but has value " + maxMinorUnits);
    }
    return longs().between(minMinorUnits, maxMinorUnits).map(units -> Monies.ofMinorUnits(units, currency));
  }

  /**
   * Non-negative amounts of a currency, from zero to {@link #MAX_MINOR_UNITS} minor units.
   *
   * @param currency the currency
   * @return a generator of amounts, shrinking towards zero
   */
  public static Gen<Money> amounts(CurrencyUnit currency) {
    return amounts(currency, 0, MAX_MINOR_UNITS);
  }

  /**
   * Amounts of either sign, from {@code -MAX_MINOR_UNITS} to {@link #MAX_MINOR_UNITS} minor units
   * (refunds, credit notes, deductions).
   *
   * @param currency the currency
   * @return a generator of amounts, shrinking towards zero
   */
  public static Gen<Money> signedAmounts(CurrencyUnit currency) {
    return amounts(currency, -MAX_MINOR_UNITS, MAX_MINOR_UNITS);
  }

  /**
   * Non-negative amounts in any of {@link #currencies()}.
   *
   * @return a generator of amounts
   */
  public static Gen<Money> amountsInAnyCurrency() {
    return currencies().flatMap(KaGenerators::amounts);
  }

  /**
   * Lists of non-negative amounts, all in one currency.
   *
   * @param currency the currency
   * @param minSize the smallest list size, not negative
   * @param maxSize the largest list size
   * @return a generator of lists, shrinking towards short lists of small amounts
   */
  public static Gen<List<Money>> amountLists(CurrencyUnit currency, int minSize, int maxSize) {
    return lists().of(amounts(currency)).ofSizeBetween(minSize, maxSize);
  }

  /**
   * Allocation weights: lists of whole, non-negative numbers (store sales, shelf metres, past months'
   * cases), with zeros common and at least one weight positive, so that any total can be allocated.
   *
   * @param minSize the smallest list size, at least 1
   * @param maxSize the largest list size
   * @return a generator of weights from 0 to 1,000,000
   * @throws IllegalArgumentException if {@code minSize < 1}
   */
  public static Gen<List<Long>> weights(int minSize, int maxSize) {
    if (minSize < 1) {
      throw new IllegalArgumentException("Argument 'minSize' must be at least 1 but has value " + minSize);
    }
    Gen<Long> weight = Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant(0L)),
        org.quicktheories.api.Pair.of(3, longs().between(1, 1_000_000)));
    return lists().of(weight).ofSizeBetween(minSize, maxSize)
        .map(KaGenerators::withOnePositive);
  }

  /**
   * Allocation weights as decimals with up to four decimals (shares such as 0.3333, seasonality
   * indices such as 1.25), zeros common and at least one weight positive.
   *
   * @param minSize the smallest list size, at least 1
   * @param maxSize the largest list size
   * @return a generator of weights from 0 to 1,000,000 (with four decimals, from 0 to 100.0000)
   * @throws IllegalArgumentException if {@code minSize < 1}
   */
  public static Gen<List<BigDecimal>> decimalWeights(int minSize, int maxSize) {
    return weights(minSize, maxSize).zip(integers().between(0, 4), (ws, scale) -> {
      List<BigDecimal> out = new ArrayList<>(ws.size());
      for (long w : ws) {
        out.add(BigDecimal.valueOf(w, scale));
      }
      return out;
    });
  }

  /**
   * Rates from 0% to 100% with up to four decimals of the fraction ({@code 0.1234} is 12.34%), such
   * as display rates, expense ratios or tolerances.
   *
   * @return a generator of rates, shrinking towards 0%
   */
  public static Gen<Rate> rates() {
    return rates(0, 10_000);
  }

  /**
   * Rates between two bounds given in basis points (1 bp = 0.01% = 0.0001), inclusive; growth rates
   * of -50% to +200% are {@code rates(-5_000, 20_000)}.
   *
   * @param minBasisPoints the smallest rate, in basis points
   * @param maxBasisPoints the largest rate, in basis points, not below {@code minBasisPoints}
   * @return a generator of rates
   * @throws IllegalArgumentException if the bounds are reversed
   */
  public static Gen<Rate> rates(int minBasisPoints, int maxBasisPoints) {
    if (maxBasisPoints < minBasisPoints) {
      throw new IllegalArgumentException("Argument 'maxBasisPoints' must not be below minBasisPoints "
          + minBasisPoints + " but has value " + maxBasisPoints);
    }
    return integers().between(minBasisPoints, maxBasisPoints).map(bp -> Rate.of(BigDecimal.valueOf(bp, 4)));
  }

  // ---------------------------------------------------------------- identifiers and text

  /**
   * Identifiers made of a prefix and a number, such as {@code "ACC-17"}.
   *
   * @param prefix the prefix, such as {@code "ACC-"}
   * @return a generator of non-blank identifiers
   */
  public static Gen<String> ids(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return integers().between(1, 99_999).map(n -> prefix + n);
  }

  /**
   * Names: short Latin words or Chinese (CJK) text, never blank.
   *
   * @return a generator of names of 1 to 12 characters
   */
  public static Gen<String> names() {
    Gen<String> latin = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
    Gen<String> chinese = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 6);
    return latin.mix(chinese, 30);
  }

  /**
   * Barcodes (EAN/GTIN) of 8 to 14 digits, as {@link Sku} accepts.
   *
   * @return a generator of digit strings
   */
  public static Gen<String> barcodes() {
    return integers().between(8, 14).zip(longs().between(0, 99_999_999_999_999L), (length, n) -> {
      String digits = String.format("%014d", n);
      return digits.substring(14 - length);
    });
  }

  // ---------------------------------------------------------------- accounts

  /**
   * Footprints that make a key account of any tier (GKA, NKA and LKA, including the single
   * influential store).
   *
   * @return a generator of footprints whose {@code tier()} is present
   */
  public static Gen<AccountFootprint> footprints() {
    return Generate.enumValues(AccountTier.class).flatMap(KaGenerators::footprints);
  }

  /**
   * Footprints that derive the given tier: GKA (international, 2 to 31 provinces), NKA (domestic,
   * 2 to 31 provinces) or LKA (one province, with 2 to 300 stores in the region, or one store with
   * strong local influence).
   *
   * @param tier the tier every generated footprint derives
   * @return a generator of footprints
   * @throws NullPointerException if the tier is null
   */
  public static Gen<AccountFootprint> footprints(AccountTier tier) {
    Objects.requireNonNull(tier, "tier");
    Gen<Integer> provinces = integers().between(2, 31);
    Gen<Integer> storesInRegion = integers().between(1, 300);
    switch (tier) {
      case GKA:
      case NKA:
        return provinces.zip(storesInRegion, booleans().all(), (p, s, influential) -> AccountFootprint.builder()
            .internationalBackground(tier == AccountTier.GKA)
            .provincesWithStores(p)
            .storesInRegion(s)
            .influentialLocally(influential)
            .build());
      default:
        Gen<AccountFootprint> chain = integers().between(2, 300).zip(booleans().all(), booleans().all(),
            (s, international, influential) -> AccountFootprint.builder()
                .internationalBackground(international)
                .provincesWithStores(1)
                .storesInRegion(s)
                .influentialLocally(influential)
                .build());
        Gen<AccountFootprint> dominantStore = booleans().all().map(international -> AccountFootprint.builder()
            .internationalBackground(international)
            .provincesWithStores(1)
            .storesInRegion(1)
            .influentialLocally(true)
            .build());
        return chain.mix(dominantStore, 25);
    }
  }

  /**
   * Footprints that do <em>not</em> make a key account: one store in one province without strong
   * local influence (an {@link Account} built with one is rejected); for testing rejection paths.
   *
   * @return a generator of footprints whose {@code tier()} is empty
   */
  public static Gen<AccountFootprint> nonKeyAccountFootprints() {
    return booleans().all().map(international -> AccountFootprint.builder()
        .internationalBackground(international)
        .provincesWithStores(1)
        .storesInRegion(1)
        .influentialLocally(false)
        .build());
  }

  /**
   * Operating models: every combination of settlement point, delivery mode, store authority and
   * margin model (seed 001's Carrefour and Walmart are two of them).
   *
   * @return a generator of operating models
   */
  public static Gen<OperatingModel> operatingModels() {
    return Generate.enumValues(SettlementPoint.class).zip(
        Generate.enumValues(DeliveryMode.class),
        Generate.enumValues(DecisionLevel.class),
        booleans().all(),
        (settlement, delivery, authority, backMargin) -> OperatingModel.builder()
            .settlement(settlement)
            .delivery(delivery)
            .storeAuthority(authority)
            .backMarginModel(backMargin)
            .build());
  }

  /**
   * Stores with an id such as {@code "ST-42"}, a name, one of twelve Chinese cities with its sales
   * region (Shanghai in East China 华东, Chengdu in Southwest China 西南, …) and any format.
   *
   * @return a generator of stores
   */
  public static Gen<Store> stores() {
    return ids("ST-").zip(names(), Generate.pick(CITIES), Generate.enumValues(RetailFormat.class),
        (id, name, city, format) -> Store.builder()
            .id(id)
            .name(name)
            .city(city[0])
            .region(city[1])
            .format(format)
            .build());
  }

  /**
   * Lists of stores with unique ids ({@code "ST-1"}, {@code "ST-2"}, …), as an {@link Account}
   * requires.
   *
   * @param minSize the smallest number of stores, not negative
   * @param maxSize the largest number of stores
   * @return a generator of store lists
   */
  public static Gen<List<Store>> storeLists(int minSize, int maxSize) {
    return lists().of(stores()).ofSizeBetween(minSize, maxSize).map(list -> {
      List<Store> unique = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        unique.add(Store.builder().from(list.get(i)).id("ST-" + (i + 1)).build());
      }
      return unique;
    });
  }

  /**
   * Valid accounts of every tier, with 0 to 8 stores.
   *
   * @return a generator of accounts
   */
  public static Gen<Account> accounts() {
    return accountsWith(footprints());
  }

  /**
   * Valid accounts of one tier, with 0 to 8 stores.
   *
   * @param tier the tier every generated account derives
   * @return a generator of accounts whose {@code tier()} is {@code tier}
   * @throws NullPointerException if the tier is null
   */
  public static Gen<Account> accounts(AccountTier tier) {
    return accountsWith(footprints(tier));
  }

  private static Gen<Account> accountsWith(Gen<AccountFootprint> footprints) {
    return in -> Account.builder()
        .id(ids("ACC-").generate(in))
        .name(names().generate(in))
        .footprint(footprints.generate(in))
        .format(Generate.enumValues(RetailFormat.class).generate(in))
        .operatingModel(operatingModels().generate(in))
        .stores(storeLists(0, 8).generate(in))
        .build();
  }

  // ---------------------------------------------------------------- products

  /**
   * Valid SKUs in CNY.
   *
   * @return a generator of SKUs
   * @see #skus(CurrencyUnit)
   */
  public static Gen<Sku> skus() {
    return skus(Currencies.CNY);
  }

  /**
   * Valid SKUs in a currency: case size 1 to 48, list price per case up to 100,000 minor units
   * (CNY 1,000.00), a cost between zero and the list price (so the margin is never negative), any
   * portfolio role, and a barcode in four of five SKUs.
   *
   * @param currency the currency of price and cost
   * @return a generator of SKUs
   * @throws NullPointerException if the currency is null
   */
  public static Gen<Sku> skus(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    Gen<Long> listPrice = longs().between(0, 100_000);
    Gen<java.util.Optional<String>> barcode = barcodes().toOptionals(20);
    return in -> {
      long list = listPrice.generate(in);
      return Sku.builder()
          .code(ids("SKU-").generate(in))
          .brand(names().generate(in))
          .pack(integers().between(1, 2000).generate(in) + "ml")
          .caseSize(integers().between(1, 48).generate(in))
          .listPricePerCase(Monies.ofMinorUnits(list, currency))
          .costPerCase(Monies.ofMinorUnits(longs().between(0, list).generate(in), currency))
          .role(Generate.enumValues(PortfolioRole.class).generate(in))
          .barcode(barcode.generate(in))
          .build();
    };
  }

  // ---------------------------------------------------------------- agreements

  /**
   * Valid annual agreements in CNY.
   *
   * @return a generator of agreements
   * @see #agreements(CurrencyUnit)
   */
  public static Gen<AnnualAgreement> agreements() {
    return agreements(Currencies.CNY);
  }

  /**
   * Valid annual agreements in a currency: a year from 2015 to 2035, targets, trade investment for
   * any subset of the fee types, display and activity commitments, payment terms of 0 to 120 days and
   * a credit limit, every amount in {@code currency}.
   *
   * @param currency the currency of every amount
   * @return a generator of agreements
   * @throws NullPointerException if the currency is null
   */
  public static Gen<AnnualAgreement> agreements(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    Gen<MonetaryAmount> fee = amounts(currency, 0, 100_000_000L).map(m -> (MonetaryAmount) m);
    Gen<Map<FeeType, MonetaryAmount>> investment = in -> {
      Map<FeeType, MonetaryAmount> map = new EnumMap<>(FeeType.class);
      for (FeeType type : FeeType.values()) {
        if (booleans().all().generate(in)) {
          map.put(type, fee.generate(in));
        }
      }
      return map;
    };
    return in -> AnnualAgreement.builder()
        .accountId(ids("ACC-").generate(in))
        .year(Year.of(integers().between(2015, 2035).generate(in)))
        .salesTarget(amounts(currency).generate(in))
        .volumeTargetCases(longs().between(0, 10_000_000).generate(in))
        .tradeInvestment(investment.generate(in))
        .displayPoints(integers().between(0, 500).generate(in))
        .facings(integers().between(0, 200).generate(in))
        .activityPoints(integers().between(0, 100).generate(in))
        .paymentTermDays(integers().between(0, 120).generate(in))
        .creditLimit(amounts(currency).generate(in))
        .build();
  }

  // ---------------------------------------------------------------- promotions

  /**
   * Non-empty, half-open periods {@code [start, end)} of 1 to 90 days starting from 2020 to 2029.
   *
   * @return a generator of periods
   */
  public static Gen<LocalDateRange> periods() {
    return integers().between(0, 3652).zip(integers().between(1, 90),
        (offset, days) -> LocalDateRange.ofClosed(EPOCH.plusDays(offset), EPOCH.plusDays(offset + days - 1L)));
  }

  /**
   * Valid promotions in CNY.
   *
   * @return a generator of promotions
   * @see #promotions(CurrencyUnit)
   */
  public static Gen<Promotion> promotions() {
    return promotions(Currencies.CNY);
  }

  /**
   * Valid promotions in a currency: any type, an optional objective, a period from
   * {@link #periods()}, 1 to 5 SKU codes, a regular price per case up to 100,000 minor units, a
   * promoted price from zero to the regular price, fixed costs up to 10,000,000 minor units, and a
   * submission 0 to 90 days before the start (so lead times both under and over the 45-day policy).
   *
   * @param currency the currency of prices and costs
   * @return a generator of promotions
   * @throws NullPointerException if the currency is null
   */
  public static Gen<Promotion> promotions(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    Gen<Set<String>> skuCodes = lists().of(ids("SKU-")).ofSizeBetween(1, 5).map(codes -> (Set<String>) new LinkedHashSet<>(codes));
    Gen<java.util.Optional<PromotionObjective>> objective =
        Generate.enumValues(PromotionObjective.class).toOptionals(25);
    return in -> {
      LocalDateRange period = periods().generate(in);
      long regular = longs().between(0, 100_000).generate(in);
      return Promotion.builder()
          .id(ids("PROMO-").generate(in))
          .accountId(ids("ACC-").generate(in))
          .type(Generate.enumValues(PromotionType.class).generate(in))
          .objective(objective.generate(in))
          .period(period)
          .skuCodes(skuCodes.generate(in))
          .regularPrice(Monies.ofMinorUnits(regular, currency))
          .promotedPrice(Monies.ofMinorUnits(longs().between(0, regular).generate(in), currency))
          .fixedCosts(amounts(currency, 0, 10_000_000L).generate(in))
          .submissionDate(period.getStart().minusDays(integers().between(0, 90).generate(in)))
          .build();
    };
  }

  private static List<Long> withOnePositive(List<Long> weights) {
    if (weights.stream().allMatch(w -> w == 0L)) {
      List<Long> fixed = new ArrayList<>(weights);
      fixed.set(0, 1L);
      return fixed;
    }
    return weights;
  }
}
