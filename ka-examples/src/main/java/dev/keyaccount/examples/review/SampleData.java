package dev.keyaccount.examples.review;

import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.promotion.PromotionObjective;
import dev.keyaccount.core.promotion.PromotionType;
import dev.keyaccount.kpi.execution.StoreAudit;
import dev.keyaccount.kpi.fill.Order;
import dev.keyaccount.kpi.fill.OrderLine;
import dev.keyaccount.kpi.profit.ProfitInput;
import dev.keyaccount.planning.budget.StoreForecast;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;

/**
 * The built-in sample quarter (Q2 2026) for the four accounts A–D of seed 003. Where DOMAIN.md quotes a
 * seed figure, the sample uses it: customer A's Q2 plan (25/35/40 万元, display points 28/28/30, SKUs
 * 12/12/12, expense ratio 10/12/11%), the monthly sales series 0,0,0,40,15,24,25,25,40,20,36,45, the
 * share example (+50% vs +60%), the fill-rate case (65% → 90%), expense efficiency (100 yuan for 80
 * then 120 cases), the 30%/70% cadence, and the break-even example (price 10, cost 6, discount 1,
 * 1,000 cases, display fee 500). The accounts' scorecard facts are in the {@code accounts.csv} resource.
 */
final class SampleData {

  static final String[] ACCOUNTS = {"A", "B", "C", "D"};
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private SampleData() {}

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.CNY);
  }

  static Money wan(int tenThousands) {
    return Money.of(BigDecimal.valueOf(tenThousands).movePointRight(4), Currencies.CNY);
  }

  /** Q2 sales target and actual per account, in 万元. */
  static final Map<String, int[]> Q2_TARGET_ACTUAL = Map.of(
      "A", new int[] {100, 104}, "B", new int[] {120, 96}, "C", new int[] {12, 11}, "D", new int[] {6, 4});

  /** Q2 sales of profit products per account, in 万元 (required proportion: 30%). */
  static final Map<String, Integer> Q2_PROFIT_PRODUCT_SALES = Map.of("A", 36, "B", 19, "C", 4, "D", 1);

  static final Rate REQUIRED_PROFIT_MIX = Rate.of("0.30");

  /** Seed 001's 2008 monthly estimate, 万元: 270 over 9 active months = 30.00. */
  static final List<BigDecimal> MONTHLY_SALES_A = decimals(0, 0, 0, 40, 15, 24, 25, 25, 40, 20, 36, 45);

  /** Our growth and the account's category growth: B is the seed's +50% vs +60%. */
  static final Map<String, Rate[]> GROWTH = Map.of(
      "A", new Rate[] {Rate.of("0.25"), Rate.of("0.12")},
      "B", new Rate[] {Rate.of("0.50"), Rate.of("0.60")},
      "C", new Rate[] {Rate.of("0.06"), Rate.of("0.06")},
      "D", new Rate[] {Rate.of("0.03"), Rate.of("0.08")});

  /** Weekly sales of the last month, 万元: D is seed 002's bad case (first three weeks 30%, last week 70%). */
  static final Map<String, List<BigDecimal>> WEEKLY_SALES = Map.of(
      "A", decimals(8, 9, 8, 10),
      "B", decimals(7, 8, 8, 9),
      "C", decimals(1, 1, 1, 1),
      "D", decimals(1, 1, 1, 7));

  static List<BigDecimal> decimals(int... values) {
    List<BigDecimal> result = new ArrayList<>();
    for (int v : values) {
      result.add(BigDecimal.valueOf(v));
    }
    return result;
  }

  static final Set<String> LISTED_SKUS = Set.of("BEER-330", "BEER-500", "BEER-640", "LAGER-330", "STOUT-500");

  /** Store audits: two stores per account. */
  static List<StoreAudit> audits(String account) {
    switch (account) {
      case "A":
        return List.of(audit("A-01", 7, 30, 4, 10, "BEER-330", "BEER-500", "BEER-640", "LAGER-330", "STOUT-500"),
            audit("A-02", 7, 31, 4, 11, "BEER-330", "BEER-500", "BEER-640", "LAGER-330"));
      case "B":
        return List.of(audit("B-01", 4, 30, 3, 11, "BEER-330", "BEER-500", "LAGER-330"),
            audit("B-02", 4, 27, 3, 11, "BEER-330", "BEER-500"));
      case "C":
        return List.of(audit("C-01", 6, 30, 4, 11, "BEER-330", "BEER-500", "BEER-640", "LAGER-330", "STOUT-500"),
            audit("C-02", 6, 30, 4, 11, "BEER-330", "BEER-500", "BEER-640", "LAGER-330", "STOUT-500"));
      default:
        return List.of(audit("D-01", 3, 25, 2, 9, "BEER-330", "BEER-500"),
            audit("D-02", 3, 25, 2, 9, "BEER-330"));
    }
  }

  private static StoreAudit audit(String store, int display, int categoryDisplay, int activities,
      int categoryActivities, String... skus) {
    return StoreAudit.builder().storeId(store).displayPoints(display).categoryDisplayPoints(categoryDisplay)
        .activities(activities).categoryActivities(categoryActivities).skusOnShelf(Set.of(skus)).build();
  }

  /** The annual agreements (display and activity commitments are what the audits are held to). */
  static AnnualAgreement agreement(String account) {
    int[] targetActual = Q2_TARGET_ACTUAL.get(account);
    return AnnualAgreement.builder()
        .accountId(account)
        .year(Year.of(2026))
        .salesTarget(wan(targetActual[0] * 4))
        .volumeTargetCases(targetActual[0] * 4L * 1_000)
        .putTradeInvestment(FeeType.LISTING, wan(targetActual[0] / 10 + 1))
        .putTradeInvestment(FeeType.DISPLAY, wan(targetActual[0] / 5 + 1))
        .displayPoints(account.equals("A") ? 14 : 10)
        .activityPoints(8)
        .paymentTermDays(account.equals("B") ? 60 : 30)
        .creditLimit(wan(targetActual[0]))
        .build();
  }

  /** Q2 profit and loss inputs per account, in CNY. */
  static ProfitInput profit(String account) {
    int[] targetActual = Q2_TARGET_ACTUAL.get(account);
    Money sales = wan(targetActual[1]);
    double cogs = account.equals("B") ? 0.72 : 0.62;
    double fixed = account.equals("B") ? 0.16 : account.equals("D") ? 0.20 : 0.08;
    return ProfitInput.builder()
        .id(account)
        .netSales(sales)
        .costOfGoods(Rate.of(BigDecimal.valueOf(cogs)).of(sales))
        .putFixedFees(FeeType.LISTING, Rate.of(BigDecimal.valueOf(fixed / 2)).of(sales))
        .putFixedFees(FeeType.DISPLAY, Rate.of(BigDecimal.valueOf(fixed / 2)).of(sales))
        .variablePromotionCost(Rate.of("0.04").of(sales))
        .build();
  }

  /** Orders of the quarter: per account, ordered vs shipped cases. */
  static List<Order> orders(String account, boolean lastQuarter) {
    // Case fill: A was 65% last quarter (the seed's warehouse-ageing case) and 90% this quarter.
    long[][] lines;
    if (account.equals("A")) {
      lines = lastQuarter ? new long[][] {{100, 60}, {100, 70}, {100, 65}, {100, 65}}
          : new long[][] {{100, 100}, {100, 80}, {100, 90}, {100, 90}};
    } else if (account.equals("B")) {
      lines = new long[][] {{200, 190}, {100, 100}, {100, 94}};
    } else if (account.equals("C")) {
      lines = new long[][] {{50, 50}, {50, 50}};
    } else {
      lines = new long[][] {{20, 15}, {20, 20}};
    }
    LocalDate due = lastQuarter ? LocalDate.of(2026, 3, 15) : LocalDate.of(2026, 5, 15);
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      LocalDate delivered = i == 0 && !account.equals("C") ? due.plusDays(2) : due;
      orders.add(Order.builder().orderId(account + (lastQuarter ? "-Q1-" : "-Q2-") + (i + 1)).accountId(account)
          .dueDate(due).addLines(OrderLine.of("BEER-330", lines[i][0], lines[i][1], delivered)).build());
    }
    return orders;
  }

  /** Trade spend (yuan) and cases it bought, this and last quarter: A is the seed's 100 yuan, 80 then 120 cases. */
  static final Map<String, long[]> SPEND_CASES = Map.of(
      "A", new long[] {100, 80, 100, 120},
      "B", new long[] {100, 70, 100, 60},
      "C", new long[] {100, 90, 100, 95},
      "D", new long[] {100, 50, 100, 45});

  /** Sales (yuan) behind each 100 yuan of spend, for the input/output ratio. */
  static final Map<String, Integer> SALES_PER_SPEND = Map.of("A", 1100, "B", 560, "C", 950, "D", 400);

  /** Customer A's Q2 plan of seed 003. */
  static final List<BigDecimal> A_Q2_SALES_WAN = decimals(25, 35, 40);
  static final List<BigDecimal> A_Q2_DISPLAY_POINTS = decimals(28, 28, 30);
  static final List<BigDecimal> A_Q2_SKUS = decimals(12, 12, 12);
  static final List<BigDecimal> A_Q2_EXPENSE_RATIO_PERCENT = decimals(10, 12, 11);

  /** Customer A's stores and their share of last year's Q2 sales, for the store split of April. */
  static final Map<String, Integer> A_STORE_WEIGHTS = Map.of("A-01", 37, "A-02", 29, "A-03", 21, "A-04", 13);

  /** The Q2 promotion at customer A: the break-even example of DOMAIN.md (per case). */
  static Promotion promotion() {
    return Promotion.builder()
        .id("P-A-618")
        .accountId("A")
        .type(PromotionType.PRICE_OFF)
        .objective(PromotionObjective.VOLUME)
        .period(org.threeten.extra.LocalDateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 21)))
        .addSkuCodes("BEER-330")
        .regularPrice(cny("10"))
        .promotedPrice(cny("9"))
        .fixedCosts(cny("500"))
        .submissionDate(LocalDate.of(2026, 4, 10))
        .build();
  }

  static final Money UNIT_COST = cny("6");
  static final long BASELINE_CASES = 1_000;
  static final long ACTUAL_CASES = 1_720;

  /** The quarter's promotions, for the lead-time report: seed case 3's 7–14 days vs the 45–60-day goal. */
  static List<Promotion> quarterPromotions() {
    Object[][] rows = {
        {"P-A-618", "A", "2026-04-10", "2026-06-01"},
        {"P-A-0501", "A", "2026-04-20", "2026-05-01"},
        {"P-B-0415", "B", "2026-04-03", "2026-04-15"},
        {"P-B-0520", "B", "2026-03-30", "2026-05-20"},
        {"P-C-0601", "C", "2026-05-22", "2026-06-01"},
        {"P-D-0510", "D", "2026-04-28", "2026-05-10"}};
    return Stream.of(rows).map(r -> Promotion.builder()
            .id((String) r[0]).accountId((String) r[1]).type(PromotionType.PRICE_OFF)
            .period(org.threeten.extra.LocalDateRange.of(LocalDate.parse((String) r[3]),
                LocalDate.parse((String) r[3]).plusDays(14)))
            .addSkuCodes("BEER-330").regularPrice(cny("10")).promotedPrice(cny("9")).fixedCosts(cny("500"))
            .submissionDate(LocalDate.parse((String) r[2])).build())
        .collect(Collectors.toList());
  }

  /** Customer A's stores for the Q3 budget: forecast sales and input/output ratio (投产比). */
  static List<StoreForecast> budgetStores() {
    return List.of(
        StoreForecast.of("A-01", wan(40), Rate.of("0.06")),
        StoreForecast.of("A-02", wan(30), Rate.of("0.09")),
        StoreForecast.of("A-03", wan(20), Rate.of("0.12")),
        StoreForecast.of("A-04", wan(10), Rate.of("0.15")));
  }

  static final Rate BUDGET_EXPENSE_RATIO = Rate.of("0.14");
  static final Money BUDGET_FIXED_FEES = wan(4);

  /** Open invoices at the end of the quarter, for aging. */
  static List<dev.keyaccount.receivables.aging.OpenItem> openItems() {
    Object[][] rows = {
        {"A", "INV-A-0612", "2026-07-12", "150000"},
        {"A", "INV-A-0520", "2026-06-19", "82000"},
        {"B", "INV-B-0402", "2026-06-01", "96000"},
        {"B", "INV-B-0310", "2026-05-09", "70000"},
        {"B", "INV-B-0205", "2026-04-06", "46000"},
        {"C", "INV-C-0615", "2026-07-15", "38000"},
        {"D", "INV-D-0301", "2026-03-31", "12500"}};
    List<dev.keyaccount.receivables.aging.OpenItem> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(dev.keyaccount.receivables.aging.OpenItem.builder().accountId((String) r[0]).reference((String) r[1])
          .dueDate(LocalDate.parse((String) r[2])).amount(cny((String) r[3])).build());
    }
    return items;
  }
}
