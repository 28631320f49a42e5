package dev.keyaccount.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import dev.keyaccount.core.money.Allocation;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.product.PortfolioRole;
import dev.keyaccount.core.product.Sku;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.promotion.PromotionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/**
 * Every rejected input of every ka-core builder and entry point: the exception type and the exact
 * message, which names the argument (field) and the offending value.
 */
class BadInputTableTest {

  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

  private static Money cny(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  private static Money usd(String value) {
    return Money.of(new BigDecimal(value), Currencies.USD);
  }

  static AccountFootprint.Builder footprint() {
    return AccountFootprint.builder().internationalBackground(true).provincesWithStores(20).storesInRegion(12);
  }

  static Store.Builder store(String id) {
    return Store.builder().id(id).name("Carrefour Gubei").city("Shanghai").region("East").format(RetailFormat.HYPERMARKET);
  }

  static Account.Builder account() {
    return Account.builder()
        .id("CRF")
        .name("Carrefour")
        .footprint(footprint().build())
        .format(RetailFormat.HYPERMARKET)
        .operatingModel(OperatingModel.builder()
            .settlement(SettlementPoint.REGIONAL)
            .delivery(DeliveryMode.DIRECT_TO_STORE)
            .storeAuthority(DecisionLevel.STORE)
            .build());
  }

  static Sku.Builder sku() {
    return Sku.builder().code("BEER-500").brand("Snow").pack("500ml bottle").caseSize(12)
        .listPricePerCase(cny("48.00")).costPerCase(cny("30.00")).role(PortfolioRole.VOLUME);
  }

  static AnnualAgreement.Builder agreement() {
    return AnnualAgreement.builder().accountId("CRF").year(Year.of(2026)).salesTarget(cny("5000000"))
        .volumeTargetCases(100_000).displayPoints(30).activityPoints(12).paymentTermDays(60).creditLimit(cny("800000"))
        .putTradeInvestment(FeeType.LISTING, cny("50000"));
  }

  static Promotion.Builder promotion() {
    return Promotion.builder().id("P-1").accountId("CRF").type(PromotionType.PRICE_OFF)
        .period(MAY_1, MAY_1.plusDays(14)).addSkuCodes("BEER-500")
        .regularPrice(cny("48.00")).promotedPrice(cny("42.00")).fixedCosts(cny("5000"))
        .submissionDate(MAY_1.minusDays(45));
  }

  private static Arguments row(String name, Class<? extends Throwable> type, Executable call, String message) {
    return Arguments.of(name, type, call, message);
  }

  private static Arguments iae(String name, Executable call, String message) {
    return row(name, IllegalArgumentException.class, call, message);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        // ---- Account, AccountFootprint, Store
        iae("account: blank id", () -> account().id(" ").build(),
            "Argument 'id' must not be blank but has value ' '"),
        iae("account: empty name", () -> account().name("").build(),
            "Argument 'name' must not be blank but has value ''"),
        row("account: null id", NullPointerException.class, () -> account().id(null), "id"),
        row("account: missing footprint", IllegalStateException.class,
            () -> Account.builder().id("X").name("X").format(RetailFormat.HYPERMARKET).operatingModel(
                OperatingModel.builder().settlement(SettlementPoint.HEAD_OFFICE).delivery(DeliveryMode.DISTRIBUTION_CENTRE)
                    .storeAuthority(DecisionLevel.HEAD_OFFICE).build()).build(),
            "Cannot build Account, some of required attributes are not set [footprint]"),
        iae("account: one ordinary store is no key account",
            () -> account().footprint(AccountFootprint.builder().provincesWithStores(1).storesInRegion(1).build()).build(),
            "Argument 'footprint' must make a key account (two or more stores, or one locally influential store) "
                + "but has value AccountFootprint{internationalBackground=false, provincesWithStores=1, storesInRegion=1, "
                + "influentialLocally=false}"),
        iae("account: duplicate store ids", () -> account().addStores(store("S1").build(), store("S2").build(),
                store("S1").name("Other").build()).build(),
            "Argument 'stores[2]' must have a unique id but has value 'S1' (the id of stores[0])"),
        row("operating model: missing settlement", IllegalStateException.class,
            () -> OperatingModel.builder().delivery(DeliveryMode.DIRECT_TO_STORE).storeAuthority(DecisionLevel.STORE).build(),
            "Cannot build OperatingModel, some of required attributes are not set [settlement]"),
        row("store: missing format", IllegalStateException.class,
            () -> Store.builder().id("S1").name("n").city("c").region("r").build(),
            "Cannot build Store, some of required attributes are not set [format]"),
        iae("footprint: zero provinces", () -> footprint().provincesWithStores(0).build(),
            "Argument 'provincesWithStores' must be at least 1 but has value 0"),
        iae("footprint: negative provinces", () -> footprint().provincesWithStores(-3).build(),
            "Argument 'provincesWithStores' must be at least 1 but has value -3"),
        iae("footprint: zero stores in region", () -> footprint().storesInRegion(0).build(),
            "Argument 'storesInRegion' must be at least 1 but has value 0"),
        row("tier: null footprint", NullPointerException.class, () -> AccountTier.derive(null),
            "Argument 'footprint' must not be null"),
        iae("store: blank id", () -> store("\t").build(), "Argument 'id' must not be blank but has value '\t'"),
        iae("store: blank name", () -> store("S1").name(" ").build(), "Argument 'name' must not be blank but has value ' '"),
        iae("store: blank city", () -> store("S1").city("").build(), "Argument 'city' must not be blank but has value ''"),
        iae("store: blank region", () -> store("S1").region("  ").build(),
            "Argument 'region' must not be blank but has value '  '"),

        // ---- Sku
        iae("sku: blank code", () -> sku().code("").build(), "Argument 'code' must not be blank but has value ''"),
        iae("sku: blank brand", () -> sku().brand(" ").build(), "Argument 'brand' must not be blank but has value ' '"),
        iae("sku: blank pack", () -> sku().pack(" ").build(), "Argument 'pack' must not be blank but has value ' '"),
        iae("sku: case size 0", () -> sku().caseSize(0).build(), "Argument 'caseSize' must be positive but has value 0"),
        iae("sku: case size -6", () -> sku().caseSize(-6).build(), "Argument 'caseSize' must be positive but has value -6"),
        iae("sku: negative list price", () -> sku().listPricePerCase(cny("-0.01")).build(),
            "Argument 'listPricePerCase' must not be negative but has value CNY -0.01"),
        iae("sku: negative cost", () -> sku().costPerCase(cny("-1")).build(),
            "Argument 'costPerCase' must not be negative but has value CNY -1"),
        iae("sku: cost in another currency", () -> sku().costPerCase(usd("4")).build(),
            "Argument 'costPerCase' must be in currency CNY but is in USD (value USD 4)"),
        iae("sku: barcode with letters", () -> sku().barcode("69012AB9").build(),
            "Argument 'barcode' must be 8 to 14 digits but has value '69012AB9'"),
        iae("sku: barcode of 7 digits", () -> sku().barcode("6901234").build(),
            "Argument 'barcode' must be 8 to 14 digits but has value '6901234'"),
        iae("sku: barcode of 15 digits", () -> sku().barcode("690123456789012").build(),
            "Argument 'barcode' must be 8 to 14 digits but has value '690123456789012'"),
        row("sku: missing role", IllegalStateException.class,
            () -> Sku.builder().code("c").brand("b").pack("p").caseSize(1).listPricePerCase(cny("1")).costPerCase(cny("1"))
                .build(),
            "Cannot build Sku, some of required attributes are not set [role]"),
        row("sku: null list price", NullPointerException.class, () -> sku().listPricePerCase(null), "listPricePerCase"),

        // ---- AnnualAgreement
        iae("agreement: blank account", () -> agreement().accountId("").build(),
            "Argument 'accountId' must not be blank but has value ''"),
        iae("agreement: negative sales target", () -> agreement().salesTarget(cny("-5")).build(),
            "Argument 'salesTarget' must not be negative but has value CNY -5"),
        iae("agreement: negative volume", () -> agreement().volumeTargetCases(-1).build(),
            "Argument 'volumeTargetCases' must not be negative but has value -1"),
        iae("agreement: negative display points", () -> agreement().displayPoints(-2).build(),
            "Argument 'displayPoints' must not be negative but has value -2"),
        iae("agreement: negative facings", () -> agreement().facings(-3).build(),
            "Argument 'facings' must not be negative but has value -3"),
        iae("agreement: negative activity points", () -> agreement().activityPoints(-4).build(),
            "Argument 'activityPoints' must not be negative but has value -4"),
        iae("agreement: negative payment terms", () -> agreement().paymentTermDays(-30).build(),
            "Argument 'paymentTermDays' must not be negative but has value -30"),
        iae("agreement: negative credit limit", () -> agreement().creditLimit(cny("-1")).build(),
            "Argument 'creditLimit' must not be negative but has value CNY -1"),
        iae("agreement: credit limit in another currency", () -> agreement().creditLimit(usd("100")).build(),
            "Argument 'creditLimit' must be in currency CNY but is in USD (value USD 100)"),
        iae("agreement: negative fee", () -> agreement().putTradeInvestment(FeeType.DISPLAY, cny("-200")).build(),
            "Argument 'tradeInvestment[DISPLAY]' must not be negative but has value CNY -200"),
        iae("agreement: fee in another currency",
            () -> agreement().putTradeInvestment(FeeType.REBATE, Money.of(10, "EUR")).build(),
            "Argument 'tradeInvestment[REBATE]' must be in currency CNY but is in EUR (value EUR 10)"),
        row("agreement: missing year", IllegalStateException.class,
            () -> AnnualAgreement.builder().accountId("A").salesTarget(cny("1")).volumeTargetCases(1).displayPoints(1)
                .activityPoints(1).paymentTermDays(1).creditLimit(cny("1")).build(),
            "Cannot build AnnualAgreement, some of required attributes are not set [year]"),
        row("agreement: investment of null type", NullPointerException.class,
            () -> agreement().build().investment(null), "Argument 'type' must not be null"),

        // ---- Promotion
        row("promotion: missing submission date", IllegalStateException.class,
            () -> Promotion.builder().id("P").accountId("A").type(PromotionType.GIFT).period(MAY_1, MAY_1.plusDays(1))
                .addSkuCodes("S").regularPrice(cny("1")).promotedPrice(cny("1")).fixedCosts(cny("0")).build(),
            "Cannot build Promotion, some of required attributes are not set [submissionDate]"),
        iae("promotion: blank id", () -> promotion().id(" ").build(), "Argument 'id' must not be blank but has value ' '"),
        iae("promotion: blank account", () -> promotion().accountId("").build(),
            "Argument 'accountId' must not be blank but has value ''"),
        iae("promotion: end before start", () -> promotion().period(MAY_1, MAY_1.minusDays(1)),
            "Argument 'end' must be after the start 2026-05-01 but has value 2026-04-30"),
        iae("promotion: end equal to start", () -> promotion().period(MAY_1, MAY_1),
            "Argument 'end' must be after the start 2026-05-01 but has value 2026-05-01"),
        row("promotion: null start", NullPointerException.class, () -> promotion().period(null, MAY_1),
            "Argument 'start' must not be null"),
        row("promotion: null end", NullPointerException.class, () -> promotion().period(MAY_1, null),
            "Argument 'end' must not be null"),
        iae("promotion: empty period", () -> promotion().period(LocalDateRange.of(MAY_1, MAY_1)).build(),
            "Argument 'period' must be a bounded, non-empty range but has value 2026-05-01/2026-05-01"),
        iae("promotion: unbounded end", () -> promotion().period(LocalDateRange.of(MAY_1, LocalDate.MAX)).build(),
            "Argument 'period' must be a bounded, non-empty range but has value 2026-05-01/+999999999-12-31"),
        iae("promotion: unbounded start",
            () -> promotion().period(LocalDateRange.of(LocalDate.MIN, MAY_1)).submissionDate(LocalDate.MIN).build(),
            "Argument 'period' must be a bounded, non-empty range but has value -999999999-01-01/2026-05-01"),
        iae("promotion: no SKUs", () -> promotion().skuCodes(List.of()).build(),
            "Argument 'skuCodes' must not be empty but has value []"),
        iae("promotion: blank SKU code", () -> promotion().addSkuCodes(" ").build(),
            "Argument 'skuCodes' must not be blank but has value ' '"),
        iae("promotion: negative regular price",
            () -> promotion().regularPrice(cny("-48")).promotedPrice(cny("-50")).build(),
            "Argument 'regularPrice' must not be negative but has value CNY -48"),
        iae("promotion: negative promoted price", () -> promotion().promotedPrice(cny("-1")).build(),
            "Argument 'promotedPrice' must not be negative but has value CNY -1"),
        iae("promotion: negative fixed costs", () -> promotion().fixedCosts(cny("-0.01")).build(),
            "Argument 'fixedCosts' must not be negative but has value CNY -0.01"),
        iae("promotion: promoted price in another currency", () -> promotion().promotedPrice(usd("6")).build(),
            "Argument 'promotedPrice' must be in currency CNY but is in USD (value USD 6)"),
        iae("promotion: fixed costs in another currency", () -> promotion().fixedCosts(usd("6")).build(),
            "Argument 'fixedCosts' must be in currency CNY but is in USD (value USD 6)"),
        iae("promotion: promoted price above regular", () -> promotion().promotedPrice(cny("48.01")).build(),
            "Argument 'promotedPrice' must not exceed the regular price CNY 48 but has value CNY 48.01"),
        iae("promotion: submission after start", () -> promotion().submissionDate(MAY_1.plusDays(1)).build(),
            "Argument 'submissionDate' must not be after the start 2026-05-01 but has value 2026-05-02"),

        // ---- Money
        // The decimal bound: 34 digits before the point, 68 after, 68 significant as written, 136 characters.
        iae("decimal bound: rate percent exponent", () -> Rate.parse("1E+99999999%"),
            "Argument 'text' must have at most 34 digits before the decimal point and 68 after it (the decimal bound)"
                + " but has value 1E+99999999"),
        iae("decimal bound: rate text of 1,000 digits", () -> Rate.parse("1".repeat(1000)),
            "Argument 'text' must be at most 136 characters (the decimal bound) but has value"
                + " '111111111111111111111111…' (1000 characters)"),
        iae("decimal bound: rate fraction of 69 decimals", () -> Rate.of("0." + "0".repeat(68) + "1"),
            "Argument 'fraction' must have at most 34 digits before the decimal point and 68 after it (the decimal"
                + " bound) but has value 1E-69"),
        iae("decimal bound: rate of 1E+34", () -> Rate.of(new BigDecimal("1E+34")),
            "Argument 'fraction' must have at most 34 digits before the decimal point and 68 after it (the decimal"
                + " bound) but has value 1E+34"),
        iae("decimal bound: percent of 1E+300", () -> Rate.ofPercent(1e300),
            "Argument 'percent' must have at most 34 digits before the decimal point and 68 after it (the decimal"
                + " bound) but has value 1.0E+300"),
        iae("decimal bound: allocation weight 1E-100000000",
            () -> Allocation.allocateUnits(10, List.of(new BigDecimal("1E-100000000"), BigDecimal.ONE)),
            "Argument 'weights[0]' must have at most 34 digits before the decimal point and 68 after it (the decimal"
                + " bound) but has value 1E-100000000"),
        iae("decimal bound: money with a digit 301 places after the point",
            () -> Monies.of(new BigDecimal("100." + "0".repeat(300) + "1"), Currencies.CNY),
            "Argument 'value' must have at most 68 significant digits (the decimal bound) but has value"
                + " 100.000000000 (304 digits)"),
        iae("decimal bound: money of 10^40", () -> Monies.of(new BigDecimal("1E+40"), Currencies.CNY),
            "Argument 'value' must have at most 34 digits before the decimal point and 68 after it (the decimal"
                + " bound) but has value 1E+40"),
        iae("decimal bound: any MonetaryAmount of 10^40", () -> Monies.of(Money.of(new BigDecimal("1E+40"), "CNY")),
            "Argument 'amount' must have at most 34 digits before the decimal point and 68 after it (the decimal"
                + " bound) but has value 1E+40"),
        iae("allocate: no weights", () -> Allocation.allocateUnits(10, List.of()),
            "Argument 'weights' must not be empty but has value []"),
        iae("allocate: negative weight", () -> Allocation.allocateUnits(10, List.of(1, -2)),
            "Argument 'weights[1]' must not be negative but has value -2"),
        iae("allocate: negative decimal weight", () -> Allocation.allocate(cny("1"), List.of(new BigDecimal("-0.50"))),
            "Argument 'weights[0]' must not be negative but has value -0.50"),
        iae("allocate: NaN weight", () -> Allocation.allocateUnits(10, List.of(1.0, Double.NaN)),
            "Argument 'weights[1]' must be a finite number but has value NaN"),
        iae("allocate: infinite weight", () -> Allocation.allocateUnits(10, List.of(Double.POSITIVE_INFINITY)),
            "Argument 'weights[0]' must be a finite number but has value Infinity"),
        iae("allocate: all weights zero", () -> Allocation.allocateUnits(10, List.of(0, 0L)),
            "Argument 'weights' must not all be zero when the total is not zero but has value [0, 0]"),
        iae("allocate: Long.MIN_VALUE", () -> Allocation.allocateUnits(Long.MIN_VALUE, List.of(1)),
            "Argument 'total' must be above Long.MIN_VALUE (its negation must fit a long) but has value "
                + Long.MIN_VALUE),
        iae("allocate: total below the minor unit", () -> Allocation.allocate(cny("0.001"), List.of(1)),
            "Argument 'total' must be a whole number of minor units (allocation never rounds) but has value CNY 0.001"),
        row("allocate: null weight", NullPointerException.class, () -> Allocation.allocateUnits(1, Arrays.asList(1, null)),
            "Argument 'weights[1]' must not be null"),
        row("allocate: null weights", NullPointerException.class, () -> Allocation.allocateUnits(1, null),
            "Argument 'weights' must not be null"),
        row("allocate: null total", NullPointerException.class, () -> Allocation.allocate(null, List.of(1)),
            "Argument 'total' must not be null"),
        iae("sum: mixed currencies", () -> Monies.sum(List.of(cny("1"), usd("2")), Currencies.CNY),
            "Argument 'amounts[1]' must be in currency CNY but is in USD (value USD 2)"),
        iae("sum: first element decides the currency", () -> Monies.sum(List.of(usd("1"), cny("2"))),
            "Argument 'amounts[1]' must be in currency USD but is in CNY (value CNY 2)"),
        iae("sum: mixed currencies after the first", () -> Monies.sum(List.of(usd("1"), usd("2"), cny("3"))),
            "Argument 'amounts[2]' must be in currency USD but is in CNY (value CNY 3)"),
        row("sum: null later element", NullPointerException.class, () -> Monies.sum(Arrays.asList(usd("1"), null)),
            "Argument 'amounts[1]' must not be null"),
        iae("sum: empty without currency", () -> Monies.sum(List.of()),
            "Argument 'amounts' must not be empty (a sum needs a currency) but has value []"),
        row("sum: null currency", NullPointerException.class, () -> Monies.sum(List.of(), null),
            "Argument 'currency' must not be null"),
        row("sum: null first element", NullPointerException.class, () -> Monies.sum(Arrays.asList((MonetaryAmount) null)),
            "Argument 'amounts[0]' must not be null"),
        iae("toMinorUnits: below the minor unit", () -> Monies.toMinorUnits(cny("1.005")),
            "Argument 'amount' must be a whole number of minor units that fits a long but has value CNY 1.005"),
        iae("toMinorUnits: overflow", () -> Monies.toMinorUnits(cny("100000000000000000"), RoundingMode.HALF_UP),
            "Argument 'amount' must fit a long in minor units when rounded HALF_UP but has value CNY 100000000000000000"),
        row("round: null mode", NullPointerException.class, () -> Monies.round(cny("1"), null),
            "Argument 'mode' must not be null"),
        row("ofMinorUnits: null currency", NullPointerException.class, () -> Monies.ofMinorUnits(1, null),
            "Argument 'currency' must not be null"),
        iae("currency: regex-like code", () -> Currencies.of("E.R"),
            "Argument 'code' must be three upper-case letters (ISO 4217) but has value 'E.R'"),
        iae("currency: unknown code", () -> Currencies.of("ZZZ"),
            "Argument 'code' must be a known ISO 4217 currency but has value 'ZZZ'"),
        iae("rate: ambiguous bare 18", () -> Rate.parse("18"),
            "Argument 'text' must be a percentage such as '18%' or a fraction such as '0.18' "
                + "(a bare number above 1 is ambiguous) but has value '18'"),
        iae("rate: not a number", () -> Rate.parse("x%"),
            "Argument 'text' must be a percentage such as '18%' or a fraction such as '0.18' but has value 'x%'"),
        iae("rate: zero denominator", () -> Rate.ratio(BigDecimal.ONE, BigDecimal.ZERO),
            "Argument 'denominator' must not be zero but has value 0"),
        iae("rate: ratio of mixed currencies", () -> Rate.ratio(cny("1"), usd("2")),
            "Argument 'denominator' must be in currency CNY but is in USD (value USD 2)"),
        iae("rate: infinite percent", () -> Rate.ofPercent(Double.NEGATIVE_INFINITY),
            "Argument 'percent' must be finite but has value -Infinity"),
        row("rate: null fraction", NullPointerException.class, () -> Rate.of((BigDecimal) null),
            "Argument 'fraction' must not be null"),
        row("rate: null other", NullPointerException.class, () -> Rate.ONE.plus(null),
            "Argument 'other' must not be null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void rejects(String name, Class<? extends Throwable> type, Executable call, String message) {
    Throwable e = assertThrows(type, call, name);
    assertEquals(message, e.getMessage(), name);
  }

  @org.junit.jupiter.api.Test
  void validBuilders_build() {
    assertEquals(AccountTier.GKA, account().addStores(store("S1").build(), store("S2").build()).build().tier());
    assertEquals(cny("18.00"), sku().build().marginPerCase());
    assertEquals(cny("50000"), agreement().build().totalTradeInvestment());
    assertEquals(45, promotion().build().leadTimeDays());
    assertEquals(MAY_1, promotion().submissionDate(MAY_1).build().period().getStart());
    assertEquals(cny("0"), promotion().promotedPrice(cny("48.00")).build().discountPerCase());
  }
}
