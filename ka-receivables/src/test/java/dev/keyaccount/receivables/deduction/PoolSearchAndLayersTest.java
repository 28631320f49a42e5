package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The matcher's small engines against brute force: the pool search for two- and three-part sums,
 * the overflow-safe sum, and the layered map against a plain map.
 */
class PoolSearchAndLayersTest {

  /** Brute force: the combinations of the fewest parts (2, then 3 if allowed) with a total in range. */
  private static List<int[]> brute(long[] sums, int n, long low, long high, boolean triples) {
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        long t = sums[i] + sums[j];
        if (t >= low && t <= high) {
          found.add(new int[] {i, j});
        }
      }
    }
    if (!found.isEmpty() || !triples) {
      return found;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        for (int k = j + 1; k < n; k++) {
          long t = sums[i] + sums[j] + sums[k];
          if (t >= low && t <= high) {
            found.add(new int[] {i, j, k});
          }
        }
      }
    }
    return found;
  }

  @Test
  void poolSearch_agreesWithBruteForce_onSmallPoolsFullOfTies() {
    qt().withExamples(3000).forAll(lists().of(longs().between(1, 12)).ofSizeBetween(0, 9),
        longs().between(0, 40), longs().between(0, 3), integers().between(0, 1)).checkAssert((values, low, width, t) -> {
          long[] sums = values.stream().mapToLong(Long::longValue).sorted().toArray();
          long[] padded = Arrays.copyOf(sums, sums.length + 2);
          padded[sums.length] = 999;
          padded[sums.length + 1] = 1000;
          boolean triples = t == 1;
          int[] solution = new int[4];
          Arrays.fill(solution, 77);
          int result = PoolSearch.search(padded, sums.length, low, low + width, triples, solution);
          List<int[]> expected = brute(sums, sums.length, low, low + width, triples);
          int want = expected.isEmpty() ? PoolSearch.NONE : expected.size() == 1 ? PoolSearch.UNIQUE
              : PoolSearch.AMBIGUOUS;
          assertEquals(want, result, Arrays.toString(sums) + " in [" + low + ", " + (low + width) + "]");
          if (result == PoolSearch.UNIQUE) {
            int[] only = expected.get(0);
            assertEquals(only.length, PoolSearch.size(solution));
            for (int p = 0; p < only.length; p++) {
              assertEquals(only[p], solution[p]);
            }
            long total = 0;
            for (int p = 0; p < PoolSearch.size(solution); p++) {
              total += sums[solution[p]];
            }
            assertTrue(total >= low && total <= low + width);
          }
        });
  }

  @Test
  void poolSearch_workedCases() {
    int[] solution = new int[3];
    // 100 + 200 = 300 exactly, the only pair.
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 200, 450}, 3, 300, 300, true, solution));
    assertEquals(List.of(0, 1), List.of(solution[0], solution[1]));
    assertEquals(2, PoolSearch.size(solution));
    // Equal halves: 150 + 150.
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {150, 150}, 2, 300, 300, false, solution));
    // No pair, one triple: 100 + 200 + 400 = 700.
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 200, 400, 1000}, 4, 700, 700, true, solution));
    assertEquals(List.of(0, 1, 2), List.of(solution[0], solution[1], solution[2]));
    assertEquals(3, PoolSearch.size(solution));
    assertEquals(PoolSearch.NONE, PoolSearch.search(new long[] {100, 200, 400, 1000}, 4, 700, 700, false, solution));
    // Equal thirds: 100 + 100 + 100.
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 100, 100}, 3, 300, 300, true, solution));
    // Two pairs: 100 + 400 and 200 + 300, both kept when there is room for them.
    assertEquals(PoolSearch.AMBIGUOUS, PoolSearch.search(new long[] {100, 200, 300, 400}, 4, 500, 500, true,
        solution));
    assertEquals(List.of(0, 3, -1), List.of(solution[0], solution[1], solution[2]));
    int[] both = new int[6];
    assertEquals(PoolSearch.AMBIGUOUS, PoolSearch.search(new long[] {100, 200, 300, 400}, 4, 500, 500, true, both));
    assertEquals(List.of(0, 3, -1, 1, 2, -1), Arrays.stream(both).boxed().toList());
    // Two triples and no pair: 1 + 2 + 7 and 1 + 4 + 5 = 10.
    assertEquals(PoolSearch.AMBIGUOUS, PoolSearch.search(new long[] {1, 2, 4, 5, 7}, 5, 10, 10, true, both));
    assertEquals(List.of(0, 1, 4, 0, 2, 3), Arrays.stream(both).boxed().toList());
    assertEquals(3, PoolSearch.size(both), "the first triple only");
    assertEquals(3, PoolSearch.size(both, 3), "the second");
    assertEquals(0, PoolSearch.size(new int[] {0, 1, -1, -1, 9, 9}, 3));
    assertEquals(2, PoolSearch.size(new int[] {0, 1, -1, 2, 3, -1}, 3));
    assertEquals(0, PoolSearch.size(new int[] {0, 1, 2, 3}, 4), "past the array's end");
    // Unique afterwards: the second slot is cleared.
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 200, 400, 1000}, 4, 700, 700, true, both));
    assertEquals(List.of(0, 1, 2, -1), List.of(both[0], both[1], both[2], both[3]));
    // Amounts near the long bound do not wrap around.
    long big = 1_000_000_000_000_000L;
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {big, big}, 2, 2 * big, 2 * big, true, solution));
    assertEquals(0, PoolSearch.size(new int[] {-1, 5}));
    assertEquals(1, PoolSearch.size(new int[] {4}));
    assertEquals(2, PoolSearch.lowerBound(new long[] {1, 3, 5, 7}, 0, 4, 4));
    assertEquals(2, PoolSearch.lowerBound(new long[] {1, 3, 5, 7}, 2, 4, 0));
    assertEquals(4, PoolSearch.lowerBound(new long[] {1, 3, 5, 7}, 0, 4, 8));
    assertEquals(1, PoolSearch.lowerBound(new long[] {1, 3, 3, 7}, 0, 4, 3));
  }

  @Test
  void poolSearch_readsOnlyTheFirstN_ofABufferHoldingAnEarlierSearch() {
    // The pass reuses one buffer: past n = 3 lie the amounts of an earlier, longer pool. 1 + 2 + 3 = 6
    // and the pairs 3, 4, 5 miss [13, 13]; only the stale 10 would make 3 + 10 or 1 + 2 + 10.
    int[] solution = new int[4];
    assertEquals(PoolSearch.NONE, PoolSearch.search(new long[] {1, 2, 3, 10}, 3, 13, 13, true, solution));
    assertEquals(PoolSearch.NONE, PoolSearch.search(new long[] {1, 2, 3, 10, 10}, 3, 13, 13, true, solution));
    assertEquals(PoolSearch.NONE, PoolSearch.search(new long[] {1, 2, 3, 11}, 3, 13, 14, true, solution));
  }

  @Test
  void poolSearch_takesTotalsAtBothEndsOfTheRange() {
    int[] solution = new int[4];
    // Pairs: 100 + 200 = 300 at the low end of [300, 310], 100 + 210 = 310 at the high end.
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 200, 500}, 3, 300, 310, true, solution));
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 210, 500}, 3, 300, 310, true, solution));
    assertEquals(PoolSearch.AMBIGUOUS, PoolSearch.search(new long[] {100, 200, 210}, 3, 300, 310, true, solution));
    // Triples: 100 + 200 + 400 = 700 at the low end of [700, 710], 100 + 200 + 410 at the high end.
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 200, 400}, 3, 700, 710, true, solution));
    assertEquals(List.of(0, 1, 2, -1), Arrays.stream(solution).boxed().toList());
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 200, 410}, 3, 700, 710, true, solution));
    assertEquals(PoolSearch.NONE, PoolSearch.search(new long[] {100, 200, 411}, 3, 700, 710, true, solution));
    // Three equal parts at the top of the range: 3 x 100 = 300 <= 300.
    assertEquals(PoolSearch.UNIQUE, PoolSearch.search(new long[] {100, 100, 100}, 3, 290, 300, true, solution));
  }

  @Test
  void exactSum_agreesWithBigInteger_acrossOverflowInBothDirections() {
    qt().withExamples(500).forAll(lists().of(longs().between(-Long.MAX_VALUE / 2, Long.MAX_VALUE / 2))
        .ofSizeBetween(0, 40)).checkAssert(values -> {
          ExactSum sum = new ExactSum();
          BigInteger expected = BigInteger.ZERO;
          for (long v : values) {
            sum.add(v);
            sum.add(v);
            expected = expected.add(BigInteger.valueOf(v).shiftLeft(1));
          }
          assertEquals(expected, sum.value());
        });
    ExactSum up = new ExactSum();
    up.add(Long.MAX_VALUE);
    up.add(1);
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), up.value());
    ExactSum down = new ExactSum();
    down.add(Long.MIN_VALUE);
    down.add(-1);
    assertEquals(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE), down.value());
    ExactSum mixed = new ExactSum();
    mixed.add(Long.MAX_VALUE);
    mixed.add(-5);
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE - 5), mixed.value());
  }

  @Test
  void layeredMap_behavesAsAPlainMap_overLongSequencesOfChanges() {
    qt().withExamples(300).forAll(lists().of(lists().of(integers().between(0, 30)).ofSizeBetween(0, 12))
        .ofSizeBetween(0, 25)).checkAssert(steps -> {
          Map<Integer, Integer> model = new HashMap<>();
          LayeredMap<Integer, Integer> map = LayeredMap.empty();
          int version = 0;
          for (List<Integer> step : steps) {
            version++;
            Map<Integer, Integer> changes = new HashMap<>();
            for (int key : step) {
              // Odd keys are removed in every other version; the rest take the version as value.
              changes.put(key, key % 2 == 1 && version % 2 == 0 ? null : version * 100 + key);
            }
            LayeredMap<Integer, Integer> before = map;
            Map<Integer, Integer> modelBefore = new HashMap<>(model);
            // Odd versions hand the map over (plusTaking), even ones have it copied (plus).
            map = version % 2 == 1 ? map.plusTaking(new HashMap<>(changes)) : map.plus(changes);
            changes.forEach((k, v) -> {
              if (v == null) {
                model.remove(k);
              } else {
                model.put(k, v);
              }
            });
            assertEquals(model.size(), map.size());
            for (int key = 0; key <= 30; key++) {
              assertEquals(model.get(key), map.get(key), "key " + key);
              assertEquals(modelBefore.get(key), before.get(key), "the earlier version is unchanged");
            }
            Map<Integer, Integer> seen = new HashMap<>();
            map.forEach((k, v) -> assertEquals(null, seen.put(k, v), "each key once"));
            assertEquals(model, seen);
          }
        });
  }
}
