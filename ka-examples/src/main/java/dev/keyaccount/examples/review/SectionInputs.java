package dev.keyaccount.examples.review;

import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.product.PortfolioRole;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.promotion.PromotionType;
import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.kpi.execution.StoreAudit;
import dev.keyaccount.kpi.fill.OrderLine;
import dev.keyaccount.planning.budget.StoreForecast;
import dev.keyaccount.receivables.aging.OpenItem;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The CSV schemas of review sections 2 to 6 (sales, SKU mix, agreements, store audits, orders, trade
 * spend, promotions, store forecasts, the plan, open items) and their conversion to the library's
 * values, row by row. Every cell is parsed and bounded first (a malformed cell stops the run, exit
 * status 2); every money cell of an account is in that account's first currency in the file, or the
 * line is malformed; a well-formed line that the library rejects is kept as a rejected line.
 */
final class SectionInputs {

  static final String MONTHLY_SALES = "monthly-sales.csv";
  static final String SKU_SALES = "sku-sales.csv";
  static final String AGREEMENTS = "agreements.csv";
  static final String STORE_AUDITS = "store-audits.csv";
  static final String ORDERS = "orders.csv";
  static final String TRADE_SPEND = "trade-spend.csv";
  static final String PROMOTIONS = "promotions.csv";
  static final String STORE_FORECAST = "store-forecast.csv";
  static final String PLAN = "plan.csv";
  static final String OPEN_ITEMS = "open-items.csv";

  static final List<String> MONTHLY_SALES_COLUMNS = List.of("account_id", "month", "currency", "target", "sales",
      "sales_last_year", "category_sales", "category_sales_last_year");
  static final List<String> SKU_SALES_COLUMNS = List.of("account_id", "month", "sku", "role", "currency", "sales");
  static final List<String> AGREEMENT_COLUMNS = List.of("account_id", "year", "currency", "sales_target",
      "volume_target_cases", "display_points", "activity_points", "payment_term_days", "credit_limit",
      "listed_skus", "required_profit_mix", "budget_expense_ratio", "quarterly_fixed_fees");
  static final List<String> STORE_AUDIT_COLUMNS = List.of("account_id", "store_id", "audit_date", "display_points",
      "category_display_points", "activities", "category_activities", "skus_on_shelf");
  static final List<String> ORDER_COLUMNS = List.of("order_id", "account_id", "due_date", "sku", "ordered_cases",
      "shipped_cases", "delivered_date");
  static final List<String> TRADE_SPEND_COLUMNS = List.of("account_id", "quarter", "currency", "net_sales",
      "cost_of_goods", "listing_fee", "display_fee", "promotion_cost", "cases");
  static final List<String> PROMOTION_COLUMNS = List.of("promotion_id", "account_id", "type", "sku", "start_date",
      "end_date", "submission_date", "currency", "regular_price", "promoted_price", "unit_cost", "fixed_costs",
      "baseline_cases", "actual_cases");
  static final List<String> STORE_FORECAST_COLUMNS = List.of("account_id", "quarter", "store_id", "currency",
      "forecast_sales", "input_output_ratio");
  static final List<String> PLAN_COLUMNS = List.of("account_id", "period", "currency", "sales", "display_points",
      "skus", "expense_ratio");
  static final List<String> OPEN_ITEM_COLUMNS = List.of("account_id", "document_id", "kind", "document_date",
      "due_date", "currency", "amount");

  /** The largest display points, activities, SKU count or payment term in days accepted. */
  static final int MAX_POINTS = 1_000_000;

  /** A month of an account: target, sales, last year's sales and the category's, for share growth. */
  record SalesMonth(String accountId, YearMonth month, Money target, Money sales, Money salesLastYear,
      Money categorySales, Money categorySalesLastYear) {}

  /** A SKU's sales at an account in a month, with its portfolio role. */
  record SkuSales(String accountId, YearMonth month, String sku, PortfolioRole role, Money sales) {}

  /**
   * An account's annual agreement and the review's settings that come with it: the required share of
   * profit products, the SKUs listed, and the expense ratio and fixed fees of its quarterly budget.
   */
  record AgreementLine(AnnualAgreement agreement, Set<String> listedSkus, Rate requiredProfitMix,
      Rate budgetExpenseRatio, Money quarterlyFixedFees) {}

  /**
   * The agreements of one year, by account (at most one each: a repeated account and year is rejected on
   * reading).
   */
  Map<String, AgreementLine> agreementsOf(java.time.Year year) {
    Map<String, AgreementLine> out = new java.util.TreeMap<>();
    agreements.ifPresent(f -> f.values.stream().filter(a -> a.agreement().year().equals(year))
        .forEach(a -> out.putIfAbsent(a.agreement().accountId(), a)));
    return out;
  }

  /**
   * A note naming the accounts with an agreement for another year but none for this one, or null when
   * there are none: what a section reading this year's agreements says instead of passing them over.
   */
  String agreementsElsewhere(java.time.Year year, String consequence) {
    Map<String, AgreementLine> ofYear = agreementsOf(year);
    java.util.TreeSet<String> others = new java.util.TreeSet<>();
    agreements.ifPresent(f -> f.values.forEach(a -> {
      if (!ofYear.containsKey(a.agreement().accountId())) {
        others.add(a.agreement().accountId());
      }
    }));
    if (others.isEmpty()) {
      return null;
    }
    return others.size() + (others.size() == 1 ? " account has" : " accounts have") + " an agreement in " + AGREEMENTS
        + " for another year but none for " + year + ", " + consequence + ": "
        + dev.keyaccount.examples.Wording.firstNamed(List.copyOf(others), 50) + ".";
  }

  /** A store audit of an account on a date. */
  record AuditLine(String accountId, LocalDate date, StoreAudit audit) {}

  /** One line of an order of an account, due on a date. */
  record OrderLineRow(String orderId, String accountId, LocalDate dueDate, OrderLine line) {}

  /** An account's quarter: net sales, cost of goods, trade spend by kind and the cases sold. */
  record SpendQuarter(String accountId, YearQuarter quarter, Money netSales, Money costOfGoods, Money listingFee,
      Money displayFee, Money promotionCost, long cases) {

    /** The trade spend: fixed fees plus the variable promotion cost. */
    Money spend() {
      return listingFee.add(displayFee).add(promotionCost);
    }
  }

  /** A promotion with its unit cost, baseline cases and, after the event, the cases sold (-1: not yet). */
  record PromotionLine(Promotion promotion, Money unitCost, long baselineCases, long actualCases) {}

  /** A store's forecast for a quarter of an account. */
  record ForecastLine(String accountId, YearQuarter quarter, StoreForecast forecast) {}

  /**
   * A line of the plan: for a quarter (its targets) or a month (the plan's value for that month).
   * {@code month} is null on a quarter line.
   */
  record PlanLine(String accountId, YearQuarter quarter, YearMonth month, Money sales, int displayPoints, int skus,
      Rate expenseRatio) {}

  /** What an open item is: an invoice not yet paid, or an order not yet invoiced. */
  enum ItemKind {
    /** An open invoice: aged, in DSO and in credit exposure. */
    INVOICE,
    /** An open order: in credit exposure only. */
    ORDER
  }

  /** An open item of an account, dated when it was issued. */
  record OpenItemLine(ItemKind kind, LocalDate documentDate, OpenItem item) {}

  final Optional<InputFile<SalesMonth>> monthlySales;
  final Optional<InputFile<SkuSales>> skuSales;
  final Optional<InputFile<AgreementLine>> agreements;
  final Optional<InputFile<AuditLine>> audits;
  final Optional<InputFile<OrderLineRow>> orders;
  final Optional<InputFile<SpendQuarter>> tradeSpend;
  final Optional<InputFile<PromotionLine>> promotions;
  final Optional<InputFile<ForecastLine>> forecasts;
  final Optional<InputFile<PlanLine>> plan;
  final Optional<InputFile<OpenItemLine>> openItems;

  SectionInputs(ReviewInput.Source files, PrintStream progress) {
    monthlySales = ReviewInput.read(files, MONTHLY_SALES, MONTHLY_SALES_COLUMNS, progress,
        inOneCurrency(SectionInputs::monthlySales));
    skuSales = ReviewInput.read(files, SKU_SALES, SKU_SALES_COLUMNS, progress, inOneCurrency(SectionInputs::skuSales));
    agreements = ReviewInput.read(files, AGREEMENTS, AGREEMENT_COLUMNS, progress, SectionInputs::agreement);
    audits = ReviewInput.read(files, STORE_AUDITS, STORE_AUDIT_COLUMNS, progress, SectionInputs::audit);
    orders = ReviewInput.read(files, ORDERS, ORDER_COLUMNS, progress, SectionInputs::order);
    tradeSpend = ReviewInput.read(files, TRADE_SPEND, TRADE_SPEND_COLUMNS, progress,
        inOneCurrency(SectionInputs::tradeSpend));
    promotions = ReviewInput.read(files, PROMOTIONS, PROMOTION_COLUMNS, progress, SectionInputs::promotion);
    forecasts = ReviewInput.read(files, STORE_FORECAST, STORE_FORECAST_COLUMNS, progress,
        inOneCurrency(SectionInputs::forecast));
    plan = ReviewInput.read(files, PLAN, PLAN_COLUMNS, progress, inOneCurrency(SectionInputs::plan));
    openItems = ReviewInput.read(files, OPEN_ITEMS, OPEN_ITEM_COLUMNS, progress, SectionInputs::openItem);
    // A line repeating another's key would count one fact twice (or, kept by a map, drop one silently):
    // each later repeat is rejected, named, and the first kept.
    monthlySales.ifPresent(f -> f.rejectRepeats(l -> l.accountId() + " " + l.month(), "account and month"));
    skuSales.ifPresent(f -> f.rejectRepeats(l -> l.accountId() + " " + l.month() + " " + l.sku(),
        "account, month and SKU"));
    agreements.ifPresent(f -> f.rejectRepeats(l -> l.agreement().accountId() + " " + l.agreement().year(),
        "account and year"));
    audits.ifPresent(f -> f.rejectRepeats(l -> l.accountId() + " " + l.audit().storeId() + " " + l.date(),
        "account, store and audit date"));
    orders.ifPresent(f -> f.rejectRepeats(l -> l.orderId() + " " + l.line().sku(), "order and SKU"));
    // Fill rates measure no order with a line that ships more than was ordered: the order is rejected whole.
    orders.ifPresent(f -> f.rejectGroups(OrderLineRow::orderId, l -> l.line().shippedCases() > l.line().orderedCases()
        ? "ships " + l.line().shippedCases() + " cases of " + l.line().orderedCases() + " ordered" : null, "order"));
    tradeSpend.ifPresent(f -> f.rejectRepeats(l -> l.accountId() + " " + l.quarter(), "account and quarter"));
    promotions.ifPresent(f -> f.rejectRepeats(l -> l.promotion().id(), "promotion id"));
    forecasts.ifPresent(f -> f.rejectRepeats(l -> l.accountId() + " " + l.quarter() + " " + l.forecast().storeId(),
        "account, quarter and store"));
    plan.ifPresent(f -> f.rejectRepeats(l -> l.accountId() + " " + l.quarter() + " " + l.month(),
        "account and period"));
    openItems.ifPresent(f -> f.rejectRepeats(l -> l.item().accountId() + " " + l.item().reference(),
        "account and document"));
  }

  /** A row converter that also receives the account's currency, checked against the account's first line. */
  private interface CurrencyRow<T> {
    void accept(CsvRow row, String accountId, CurrencyUnit currency, InputFile<T> file);
  }

  /**
   * Wraps a converter so that every line of an account is in the currency of its first line in the
   * file: sums per account never mix currencies.
   */
  private static <T> BiConsumer<CsvRow, InputFile<T>> inOneCurrency(CurrencyRow<T> convert) {
    Map<String, CurrencyUnit> first = new HashMap<>();
    return (row, file) -> {
      String account = row.id("account_id");
      CurrencyUnit currency = row.currency("currency");
      CurrencyUnit seen = first.putIfAbsent(account, currency);
      if (seen != null && !seen.equals(currency)) {
        throw row.error("currency", currency.getCurrencyCode(), "account " + account + " is in "
            + seen.getCurrencyCode() + " on an earlier line; one currency per account in this file");
      }
      convert.accept(row, account, currency, file);
    };
  }

  private static Money money(CsvRow row, String column, CurrencyUnit currency) {
    return Money.of(row.amount(column, currency), currency);
  }

  private static void monthlySales(CsvRow row, String account, CurrencyUnit currency, InputFile<SalesMonth> file) {
    YearMonth month = row.month("month");
    SalesMonth line = new SalesMonth(account, month, money(row, "target", currency), money(row, "sales", currency),
        money(row, "sales_last_year", currency), money(row, "category_sales", currency),
        money(row, "category_sales_last_year", currency));
    file.add(line, row.line());
  }

  private static void skuSales(CsvRow row, String account, CurrencyUnit currency, InputFile<SkuSales> file) {
    YearMonth month = row.month("month");
    String sku = row.id("sku");
    PortfolioRole role = row.enumValue("role", PortfolioRole.class);
    file.add(new SkuSales(account, month, sku, role, money(row, "sales", currency)), row.line());
  }

  private static void agreement(CsvRow row, InputFile<AgreementLine> file) {
    String account = row.id("account_id");
    String yearText = row.text("year");
    if (!yearText.matches("[0-9]{4}")) {
      throw row.error("year", yearText, "expected a year such as 2026");
    }
    CurrencyUnit currency = row.currency("currency");
    Money salesTarget = money(row, "sales_target", currency);
    long volume = row.count("volume_target_cases");
    int display = row.count("display_points", MAX_POINTS);
    int activity = row.count("activity_points", MAX_POINTS);
    int terms = row.count("payment_term_days", 3_650);
    Money limit = money(row, "credit_limit", currency);
    Set<String> listed = row.idList("listed_skus");
    Rate mix = row.fraction("required_profit_mix");
    Rate expenseRatio = row.fraction("budget_expense_ratio");
    Money fixedFees = money(row, "quarterly_fixed_fees", currency);
    ReviewInput.addOrReject(row, account, () -> new AgreementLine(AnnualAgreement.builder().accountId(account)
        .year(Year.of(Integer.parseInt(yearText))).salesTarget(salesTarget).volumeTargetCases(volume)
        .displayPoints(display).activityPoints(activity).paymentTermDays(terms).creditLimit(limit).build(),
        Set.copyOf(listed), mix, expenseRatio, fixedFees), file);
  }

  private static void audit(CsvRow row, InputFile<AuditLine> file) {
    String account = row.id("account_id");
    String store = row.id("store_id");
    LocalDate date = row.boundedDate("audit_date");
    int display = row.count("display_points", MAX_POINTS);
    int categoryDisplay = row.count("category_display_points", MAX_POINTS);
    int activities = row.count("activities", MAX_POINTS);
    int categoryActivities = row.count("category_activities", MAX_POINTS);
    Set<String> skus = row.idList("skus_on_shelf");
    ReviewInput.addOrReject(row, store, () -> new AuditLine(account, date, StoreAudit.builder().storeId(store)
        .displayPoints(display).categoryDisplayPoints(categoryDisplay).activities(activities)
        .categoryActivities(categoryActivities).skusOnShelf(skus).build()), file);
  }

  private static void order(CsvRow row, InputFile<OrderLineRow> file) {
    String order = row.id("order_id");
    String account = row.id("account_id");
    LocalDate due = row.boundedDate("due_date");
    String sku = row.id("sku");
    long ordered = row.count("ordered_cases");
    long shipped = row.count("shipped_cases");
    LocalDate delivered = row.optionalDate("delivered_date");
    ReviewInput.addOrReject(row, order, () -> new OrderLineRow(order, account, due,
        OrderLine.of(sku, ordered, shipped, delivered)), file);
  }

  private static void tradeSpend(CsvRow row, String account, CurrencyUnit currency, InputFile<SpendQuarter> file) {
    YearQuarter quarter = row.quarter("quarter");
    file.add(new SpendQuarter(account, quarter, money(row, "net_sales", currency), money(row, "cost_of_goods", currency),
        money(row, "listing_fee", currency), money(row, "display_fee", currency),
        money(row, "promotion_cost", currency), row.count("cases")), row.line());
  }

  private static void promotion(CsvRow row, InputFile<PromotionLine> file) {
    String id = row.id("promotion_id");
    String account = row.id("account_id");
    PromotionType type = row.enumValue("type", PromotionType.class);
    String sku = row.id("sku");
    LocalDate start = row.boundedDate("start_date");
    LocalDate end = row.boundedDate("end_date");
    LocalDate submitted = row.boundedDate("submission_date");
    CurrencyUnit currency = row.currency("currency");
    Money regular = money(row, "regular_price", currency);
    Money promoted = money(row, "promoted_price", currency);
    Money unitCost = money(row, "unit_cost", currency);
    Money fixed = money(row, "fixed_costs", currency);
    long baseline = row.count("baseline_cases");
    long actual = row.optionalCount("actual_cases");
    if (end.isBefore(start)) {
      throw row.error("end_date", end.toString(), "the end date is before the start date " + start);
    }
    ReviewInput.addOrReject(row, id, () -> new PromotionLine(Promotion.builder().id(id).accountId(account).type(type)
        .period(LocalDateRange.ofClosed(start, end)).addSkuCodes(sku).regularPrice(regular).promotedPrice(promoted)
        .fixedCosts(fixed).submissionDate(submitted).build(), unitCost, baseline, actual), file);
  }

  private static void forecast(CsvRow row, String account, CurrencyUnit currency, InputFile<ForecastLine> file) {
    YearQuarter quarter = row.quarter("quarter");
    String store = row.id("store_id");
    Money sales = money(row, "forecast_sales", currency);
    Rate ratio = row.fraction("input_output_ratio");
    ReviewInput.addOrReject(row, store, () -> new ForecastLine(account, quarter, StoreForecast.of(store, sales, ratio)),
        file);
  }

  private static void plan(CsvRow row, String account, CurrencyUnit currency, InputFile<PlanLine> file) {
    String period = row.text("period");
    YearQuarter quarter;
    YearMonth month = null;
    if (period.contains("Q")) {
      quarter = row.quarter("period");
    } else {
      month = row.month("period");
      quarter = YearQuarter.from(month);
    }
    file.add(new PlanLine(account, quarter, month, money(row, "sales", currency),
        row.count("display_points", MAX_POINTS), row.count("skus", MAX_POINTS), row.fraction("expense_ratio")),
        row.line());
  }

  private static void openItem(CsvRow row, InputFile<OpenItemLine> file) {
    String account = row.id("account_id");
    String document = row.id("document_id");
    ItemKind kind = row.enumValue("kind", ItemKind.class);
    LocalDate date = row.boundedDate("document_date");
    LocalDate due = row.boundedDate("due_date");
    CurrencyUnit currency = row.currency("currency");
    BigDecimal amount = row.amount("amount", currency);
    if (due.isBefore(date)) {
      throw row.error("due_date", due.toString(), "the due date is before the document date " + date);
    }
    ReviewInput.addOrReject(row, document, () -> new OpenItemLine(kind, date, OpenItem.builder().accountId(account)
        .reference(document).dueDate(due).amount(Money.of(amount, currency)).build()), file);
  }
}
