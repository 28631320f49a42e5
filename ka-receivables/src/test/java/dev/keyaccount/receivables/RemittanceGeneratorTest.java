package dev.keyaccount.receivables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.reconciliation.References;
import dev.keyaccount.receivables.testing.GeneratedRemittance;
import dev.keyaccount.receivables.testing.GenerationOptions;
import dev.keyaccount.receivables.testing.GroundTruth;
import dev.keyaccount.receivables.testing.Noise;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import dev.keyaccount.receivables.testing.WeeklyRemittances;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The remittance generator: deterministic from its seed, and every option produces what it says. */
// Tagged "quality": a measurement on tens of thousands of generated lines, run by surefire and left out of
// the mutation gate (the per-mutation rerun would take most of the CI budget; unit tests own the kills).
@Tag("quality")
class RemittanceGeneratorTest {

  private static final MatchingPolicy POLICY = MatchingPolicy.standard(Currencies.CNY);
  private static final GenerationOptions REALISTIC = GenerationOptions.realistic();

  @Test
  void sameSeed_sameRemittance_otherSeed_another() {
    GeneratedRemittance a = RemittanceGenerator.generate(21, 3_000, POLICY, REALISTIC);
    GeneratedRemittance b = RemittanceGenerator.generate(21, 3_000, POLICY, REALISTIC);
    GeneratedRemittance c = RemittanceGenerator.generate(22, 3_000, POLICY, REALISTIC);
    assertEquals(a.deductions(), b.deductions());
    assertEquals(a.authorizations(), b.authorizations());
    assertEquals(a.noise(), b.noise());
    for (Deduction d : a.deductions()) {
      assertEquals(a.truth().kind(d.id()), b.truth().kind(d.id()));
    }
    assertNotEquals(a.deductions(), c.deductions());
  }

  @Test
  void weeks_sameSeed_sameWeeks() {
    WeeklyRemittances a = RemittanceGenerator.weeks(5, 2_000, 4, POLICY, REALISTIC);
    WeeklyRemittances b = RemittanceGenerator.weeks(5, 2_000, 4, POLICY, REALISTIC);
    assertEquals(4, a.weekCount());
    for (int w = 0; w < 4; w++) {
      assertEquals(a.week(w), b.week(w));
    }
    assertEquals(a.authorizations(), b.authorizations());
  }

  @Test
  void standardOptions_areTheThreeArgumentForm() {
    GeneratedRemittance a = RemittanceGenerator.generate(11, 500, POLICY);
    GeneratedRemittance b = RemittanceGenerator.generate(11, 500, POLICY, GenerationOptions.standard());
    assertEquals(a.deductions(), b.deductions());
    assertEquals(a.authorizations(), b.authorizations());
    assertTrue(b.noise().isEmpty(), b.noise()::toString);
  }

  @Test
  void realistic_producesEveryNoiseOfASingleRemittance() {
    GeneratedRemittance r = RemittanceGenerator.generate(3, 20_000, POLICY, REALISTIC);
    for (Noise kind : Noise.values()) {
      if (kind != Noise.CROSS_WEEK_SPLIT && kind != Noise.CROSS_WEEK_DUPLICATE && !EDGE_NOISE.contains(kind)) {
        assertTrue(r.noise().getOrDefault(kind, 0) > 0, kind + " in " + r.noise());
      } else {
        assertEquals(0, r.noise().getOrDefault(kind, 0), kind + " in " + r.noise());
      }
    }
  }

  /** The noise of the options for edge tests, which {@link GenerationOptions#realistic()} leaves off. */
  private static final Set<Noise> EDGE_NOISE = Set.of(Noise.TWIN_CLAIMS, Noise.REPEATED_ID_SAME_DATE_AND_AMOUNT,
      Noise.AT_WINDOW_EDGE, Noise.OUT_OF_WINDOW);

  @Test
  void sortTiesAndWindowEdges_areInTheLines_asTheirNoiseCountsSay() {
    GeneratedRemittance r = RemittanceGenerator.generate(5, 5_000, POLICY,
        REALISTIC.withSortTiesPerThousand(40).withWindowEdgesPerThousand(40));
    for (Noise kind : EDGE_NOISE) {
      assertTrue(r.noise().getOrDefault(kind, 0) > 10, kind + " in " + r.noise());
    }
    // A repeated id on the same date and amount as its first line, under another account, code or reference.
    java.util.Map<String, Deduction> first = new java.util.HashMap<>();
    int sameDateAndAmount = 0;
    for (Deduction d : r.deductions()) {
      Deduction earlier = first.putIfAbsent(d.id(), d);
      if (earlier != null && earlier.date().equals(d.date()) && earlier.amount().isEqualTo(d.amount())) {
        sameDateAndAmount++;
        assertTrue(!earlier.accountId().equals(d.accountId()) || !earlier.reasonCode().equals(d.reasonCode())
            || !earlier.reference().equals(d.reference()), d::toString);
      }
    }
    assertEquals(r.noise().get(Noise.REPEATED_ID_SAME_DATE_AND_AMOUNT), sameDateAndAmount);
    // Twin claims: two lines without a reference alike in account, code, date and amount, both tied to
    // the same two authorizations.
    java.util.Map<String, Integer> alike = new java.util.HashMap<>();
    for (Deduction d : r.deductions()) {
      if (d.reference().isEmpty() && r.truth().kind(d.id()) == GroundTruth.Kind.TIED) {
        alike.merge(d.accountId() + "|" + d.reasonCode() + "|" + d.date() + "|" + d.amount(), 1, Integer::sum);
      }
    }
    assertTrue(alike.values().stream().filter(n -> n >= 2).count() >= r.noise().get(Noise.TWIN_CLAIMS), alike::toString);
    // Out of the window: explained by nothing, and more than the window away from every authorization of
    // its account and type for that amount; at the edge: exactly the window away from its own.
    int outside = 0;
    int atEdge = 0;
    for (Deduction d : r.deductions()) {
      if (d.reference().isPresent() || !d.amount().getCurrency().equals(POLICY.currency())) {
        continue;
      }
      List<Long> distances = r.authorizations().stream()
          .filter(a -> a.accountId().equals(d.accountId()) && a.amount().isEqualTo(d.amount())
              && POLICY.reasonType(d.reasonCode()).map(t -> t == a.type()).orElse(false))
          .map(a -> Math.abs(a.date().toEpochDay() - d.date().toEpochDay())).collect(java.util.stream.Collectors.toList());
      if (distances.size() == 1 && distances.get(0) > POLICY.dateWindowDays()) {
        outside++;
        assertEquals(GroundTruth.Kind.UNKNOWN, r.truth().kind(d.id()), d::toString);
      } else if (distances.size() == 1 && distances.get(0) == POLICY.dateWindowDays()) {
        atEdge++;
      }
    }
    assertEquals(r.noise().get(Noise.OUT_OF_WINDOW), outside);
    assertTrue(atEdge >= r.noise().get(Noise.AT_WINDOW_EDGE), atEdge + " at the edge, " + r.noise());
  }

  @Test
  void realistic_noiseIsInTheLines() {
    GeneratedRemittance r = RemittanceGenerator.generate(3, 20_000, POLICY, REALISTIC);
    int fullWidth = 0;
    int decomposed = 0;
    int lowerCase = 0;
    int zerosDropped = 0;
    int withoutSeparators = 0;
    int longIds = 0;
    int otherCurrency = 0;
    int extremeAmounts = 0;
    int badDates = 0;
    Set<String> ids = new HashSet<>();
    int repeatedIds = 0;
    for (Deduction d : r.deductions()) {
      String ref = d.reference().orElse("");
      fullWidth += ref.chars().anyMatch(c -> c >= 0xFF01 && c <= 0xFF5E) ? 1 : 0;
      decomposed += !ref.equals(Normalizer.normalize(ref, Normalizer.Form.NFC)) ? 1 : 0;
      lowerCase += ref.matches("[a-z].*") ? 1 : 0;
      zerosDropped += ref.matches("[A-Z]{3}-\\d{4}-[1-9]\\d{0,5}") ? 1 : 0;
      withoutSeparators += ref.matches("[A-Z]{3}\\d{11}") ? 1 : 0;
      longIds += d.id().length() > DeductionMatcher.MAX_ID_LENGTH ? 1 : 0;
      otherCurrency += d.amount().getCurrency().equals(POLICY.currency()) ? 0 : 1;
      extremeAmounts += d.amount().getNumber().numberValue(java.math.BigDecimal.class).movePointRight(2)
          .compareTo(java.math.BigDecimal.valueOf(DeductionMatcher.MAX_MINOR_UNITS)) > 0 ? 1 : 0;
      badDates += d.date().isBefore(DeductionMatcher.MIN_DATE) || d.date().isAfter(DeductionMatcher.MAX_DATE) ? 1 : 0;
      repeatedIds += ids.add(d.id()) ? 0 : 1;
    }
    for (int count : List.of(fullWidth, decomposed, lowerCase, zerosDropped, withoutSeparators, longIds, otherCurrency,
        extremeAmounts, badDates, repeatedIds)) {
      assertTrue(count > 0, "fullWidth=" + fullWidth + " nfd=" + decomposed + " lower=" + lowerCase + " zeros="
          + zerosDropped + " noSeparators=" + withoutSeparators + " longIds=" + longIds + " otherCurrency="
          + otherCurrency + " extreme=" + extremeAmounts + " badDates=" + badDates + " repeated=" + repeatedIds);
    }
    assertEquals(r.noise().get(Noise.REPEATED_ID), repeatedIds);
    assertEquals(r.noise().get(Noise.LONG_ID), longIds);
  }

  @Test
  void retailerReferences_haveOurStrictFormUnlessTyped() {
    GeneratedRemittance r = RemittanceGenerator.generate(4, 5_000, POLICY, REALISTIC);
    Map<String, String> ours = new HashMap<>();
    r.authorizations().forEach(a -> ours.put(a.id(), a.reference().orElseThrow()));
    int checked = 0;
    for (Deduction d : r.deductions()) {
      if (d.reference().isEmpty() || r.truth().kind(d.id()) != GroundTruth.Kind.MATCH
          || r.truth().authorizationIds(d.id()).length != 1 || r.noise().isEmpty()) {
        continue;
      }
      String our = ours.get(r.truth().authorizationIds(d.id())[0]);
      String quoted = d.reference().get();
      boolean strict = References.normalise(quoted).equals(References.normalise(our));
      boolean loose = References.loose(quoted).equals(References.loose(our));
      boolean typo = !strict && !loose;
      if (typo) {
        // One edit: two prefix letters swapped.
        assertEquals(References.normalise(our).substring(4), References.normalise(quoted).substring(4), quoted);
      }
      checked++;
    }
    assertTrue(checked > 1_000, "checked " + checked);
  }

  @Test
  void largeAccounts_haveHundredsOfAuthorizationsPerType() {
    GeneratedRemittance r = RemittanceGenerator.generate(3, 20_000, POLICY, REALISTIC);
    Map<String, Integer> perGroup = new HashMap<>();
    r.authorizations().forEach(a -> perGroup.merge(a.accountId() + "|" + a.type(), 1, Integer::sum));
    long largeGroups = perGroup.entrySet().stream().filter(e -> e.getKey().startsWith("KL") && e.getValue() >= 300)
        .count();
    assertEquals(2L * 6, largeGroups, perGroup::toString);
    assertTrue(r.noise().get(Noise.LARGE_ACCOUNT_SPLIT_IN_THREE) > 0);
  }

  @Test
  void weeks_spreadClaimsAndSplitsOverWeeks_inDateOrder() {
    WeeklyRemittances w = RemittanceGenerator.weeks(9, 10_000, 6, POLICY, REALISTIC);
    assertTrue(w.noise().getOrDefault(Noise.CROSS_WEEK_DUPLICATE, 0) > 0, w.noise()::toString);
    assertTrue(w.noise().getOrDefault(Noise.CROSS_WEEK_SPLIT, 0) > 0, w.noise()::toString);
    for (int week = 0; week < w.weekCount(); week++) {
      // A bad line dated out of range sits in its bundle's week: left out of the order.
      List<Deduction> lines = w.week(week).stream().filter(d -> !d.date().isBefore(DeductionMatcher.MIN_DATE)
          && !d.date().isAfter(DeductionMatcher.MAX_DATE)).toList();
      assertTrue(!lines.isEmpty());
      java.time.LocalDate first = java.time.LocalDate.of(2025, 1, 1).plusDays(7L * week);
      assertTrue(!lines.get(0).date().isBefore(first) && lines.get(lines.size() - 1).date().isBefore(first.plusDays(7)),
          "week " + week + " holds its seven days");
      for (int i = 1; i < lines.size(); i++) {
        assertTrue(!lines.get(i).date().isBefore(lines.get(i - 1).date()), "week " + week + " in date order");
      }
    }
    int duplicatesInLaterWeeks = 0;
    for (int week = 1; week < w.weekCount(); week++) {
      for (Deduction d : w.week(week)) {
        duplicatesInLaterWeeks += w.truth().kind(d.id()) == GroundTruth.Kind.DUPLICATE ? 1 : 0;
      }
    }
    assertTrue(duplicatesInLaterWeeks > 0);
  }

  @Test
  void options_checkTheirArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenerationOptions.standard().withLargeAccounts(0, 10));
    assertTrue(e.getMessage().contains("percent"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GenerationOptions.standard().withBadLinesPerThousand(1001));
    assertThrows(IllegalArgumentException.class, () -> GenerationOptions.standard().withTiesPerThousand(-1));
    assertThrows(IllegalArgumentException.class, () -> GenerationOptions.standard().withSortTiesPerThousand(1001));
    assertThrows(IllegalArgumentException.class, () -> GenerationOptions.standard().withWindowEdgesPerThousand(-1));
    assertEquals(0, GenerationOptions.realistic().sortTiesPerThousand() + GenerationOptions.realistic().windowEdgesPerThousand());
    assertEquals(GenerationOptions.realistic(), GenerationOptions.standard().withRetailerReferences(true)
        .withLargeAccounts(2, 30).withTiesPerThousand(5).withBadLinesPerThousand(5));
  }
}
