package dev.keyaccount.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.testing.KaGenerators;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountTierTest {

  private static final OperatingModel CARREFOUR_MODEL = OperatingModel.builder()
      .settlement(SettlementPoint.REGIONAL)
      .delivery(DeliveryMode.DIRECT_TO_STORE)
      .storeAuthority(DecisionLevel.STORE)
      .backMarginModel(true)
      .build();

  private static AccountFootprint footprint(boolean international, int provinces, int storesInRegion, boolean influential) {
    return AccountFootprint.builder()
        .internationalBackground(international)
        .provincesWithStores(provinces)
        .storesInRegion(storesInRegion)
        .influentialLocally(influential)
        .build();
  }

  @Test
  void carrefourLike_isGka() {
    assertEquals(Optional.of(AccountTier.GKA), footprint(true, 20, 12, false).tier());
  }

  @Test
  void crVanguardLike_isNka() {
    assertEquals(Optional.of(AccountTier.NKA), footprint(false, 25, 40, false).tier());
  }

  @Test
  void regionalChain_isLka() {
    assertEquals(Optional.of(AccountTier.LKA), footprint(false, 1, 15, false).tier());
  }

  @Test
  void singleDominantStore_isLka() {
    assertEquals(Optional.of(AccountTier.LKA), footprint(false, 1, 1, true).tier());
  }

  @Test
  void internationalInOneProvince_isLka() {
    assertEquals(Optional.of(AccountTier.LKA), footprint(true, 1, 3, false).tier());
  }

  @Test
  void singleOrdinaryStore_isNoKeyAccount() {
    assertEquals(Optional.empty(), footprint(false, 1, 1, false).tier());
  }

  @Test
  void account_derivesTier() {
    Account account = Account.builder()
        .id("CRF")
        .name("Carrefour-like")
        .footprint(footprint(true, 20, 12, false))
        .format(RetailFormat.HYPERMARKET)
        .operatingModel(CARREFOUR_MODEL)
        .build();
    assertEquals(AccountTier.GKA, account.tier());
  }

  @Test
  void account_rejectsFootprintThatIsNoKeyAccount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Account.builder()
        .id("X")
        .name("Corner shop")
        .footprint(footprint(false, 1, 1, false))
        .format(RetailFormat.CONVENIENCE)
        .operatingModel(CARREFOUR_MODEL)
        .build());
    assertTrue(e.getMessage().contains("footprint"), e.getMessage());
  }

  @Test
  void footprint_rejectsZeroProvinces() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> footprint(false, 0, 3, false));
    assertEquals("Argument 'provincesWithStores' must be at least 1 but has value 0", e.getMessage());
  }

  /** DOMAIN.md §2's named retailers, each described by its footprint facts. */
  @ParameterizedTest(name = "{0} → {5}")
  @CsvSource({
      // retailer,                     international, provinces, storesInRegion, influential, tier
      "Carrefour,                      true,  22, 12, false, GKA",
      "Walmart,                        true,  25, 30, false, GKA",
      "Metro (warehouse club),         true,  18,  4, false, GKA",
      "Tesco,                          true,   8,  9, false, GKA",
      "Auchan,                         true,  10,  6, false, GKA",
      "Lotus,                          true,   5, 20, true,  GKA",
      "CR Vanguard,                    false, 25, 40, false, NKA",
      "Lianhua,                        false, 19, 90, false, NKA",
      "Hualian,                        false, 12, 15, false, NKA",
      "RT-Mart,                        false, 29, 10, false, NKA",
      "Suguo,                          false,  2, 80, true,  NKA",
      "regional chain,                 false,  1, 15, false, LKA",
      "single dominant store,          false,  1,  1, true,  LKA",
      "influential convenience chain,  false,  1, 60, true,  LKA",
      "foreign chain in one province,  true,   1,  3, false, LKA",
      "foreign landmark store,         true,   1,  1, true,  LKA",
      "two stores (boundary),          false,  1,  2, false, LKA",
      "two provinces (boundary),       false,  2,  1, false, NKA",
      "two provinces abroad (boundary), true,  2,  1, false, GKA"
  })
  void domainExamples(String retailer, boolean international, int provinces, int storesInRegion, boolean influential,
      AccountTier tier) {
    AccountFootprint f = footprint(international, provinces, storesInRegion, influential);
    assertEquals(Optional.of(tier), f.tier(), retailer);
    assertEquals(Optional.of(tier), AccountTier.derive(f), retailer);
  }

  @Test
  void defaults_areDomesticAndNotInfluential() {
    AccountFootprint f = AccountFootprint.builder().provincesWithStores(1).storesInRegion(1).build();
    assertEquals(false, f.internationalBackground());
    assertEquals(false, f.influentialLocally());
    assertEquals(Optional.empty(), f.tier());
    assertEquals(false, OperatingModel.builder().settlement(SettlementPoint.HEAD_OFFICE)
        .delivery(DeliveryMode.DISTRIBUTION_CENTRE).storeAuthority(DecisionLevel.HEAD_OFFICE).build().backMarginModel());
  }

  @Test
  void tierIsMonotone_moreProvincesNeverLowersIt() {
    org.quicktheories.QuickTheory.qt().withExamples(200)
        .forAll(KaGenerators.footprints(), org.quicktheories.generators.SourceDSL.integers().between(1, 10))
        .checkAssert((f, extra) -> {
          AccountFootprint wider = AccountFootprint.builder().from(f).provincesWithStores(f.provincesWithStores() + extra).build();
          assertTrue(wider.tier().orElseThrow().compareTo(f.tier().orElseThrow()) <= 0, f + " vs " + wider);
          assertTrue(wider.tier().orElseThrow() != AccountTier.LKA);
        });
  }

  @Test
  void accountStores_keepTheirOrder() {
    Store a = Store.builder().id("S2").name("Gubei").city("Shanghai").region("East").format(RetailFormat.HYPERMARKET).build();
    Store b = Store.builder().id("S1").name("Wudaokou").city("Beijing").region("North").format(RetailFormat.SUPERMARKET).build();
    Account account = Account.builder().id("CRF").name("Carrefour").footprint(footprint(true, 20, 12, false))
        .format(RetailFormat.HYPERMARKET).operatingModel(CARREFOUR_MODEL).addStores(a, b).build();
    assertEquals(java.util.List.of(a, b), account.stores());
    assertEquals("Shanghai", account.stores().get(0).city());
    assertEquals("East", a.region());
    assertEquals(RetailFormat.SUPERMARKET, b.format());
    assertEquals(SettlementPoint.REGIONAL, account.operatingModel().settlement());
    assertEquals(true, account.operatingModel().backMarginModel());
  }
}
