package dev.keyaccount.examples.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The id order of results against a stable sort of boxed positions by id. */
class IdOrderTest {

  @Test
  void order_isThatOfAStableSortById() {
    qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 3)).ofSizeBetween(0, 300),
        integers().between(0, 3)).checkAssert((list, repeats) -> {
          String[] ids = list.toArray(new String[0]);
          if (repeats > 0 && ids.length > 0) {
            ids = IntStream.range(0, ids.length * repeats).mapToObj(i -> list.get(i % list.size()))
                .toArray(String[]::new);
          }
          String[] all = ids;
          int[] expected = IntStream.range(0, all.length).boxed()
              .sorted(Comparator.comparing((Integer i) -> all[i])).mapToInt(Integer::intValue).toArray();
          assertArrayEquals(expected, IdOrder.of(all));
        });
  }

  @Test
  void order_isThatOfAStableSortById_forLongAndNonLatinIds() {
    // Long ids with shared prefixes (equal keys, decided by the strings), and characters beyond Latin-1
    // (the sixteen-bit keys), including the zero character that ties with a shorter id's padding.
    qt().withExamples(300).forAll(lists().of(strings().allPossible().ofLengthBetween(0, 4)).ofSizeBetween(0, 200),
        strings().betweenCodePoints(0, 0x101).ofLengthBetween(0, 10), integers().between(0, 2))
        .checkAssert((tails, prefix, mode) -> {
          String[] ids = new String[tails.size()];
          for (int i = 0; i < ids.length; i++) {
            String tail = tails.get(i);
            ids[i] = mode == 0 ? tail : mode == 1 ? prefix + tail : prefix.substring(0, i % (prefix.length() + 1)) + "\0";
          }
          int[] expected = IntStream.range(0, ids.length).boxed()
              .sorted(Comparator.comparing((Integer i) -> ids[i])).mapToInt(Integer::intValue).toArray();
          assertArrayEquals(expected, IdOrder.of(ids));
        });
  }

  @Test
  void sortedIds_keepTheirOrder() {
    assertArrayEquals(new int[] {0, 1, 2}, IdOrder.of(new String[] {"A", "B", "B"}));
    assertArrayEquals(new int[] {2, 0, 1}, IdOrder.of(new String[] {"B", "C", "A"}));
  }

  @Test
  void manyIds_radixThenRunsOfEqualKeys_isThatOfAStableSortById() {
    // Above the radix threshold: numbered ids (distinct keys), ids sharing their first eight characters
    // (one run of equal keys per prefix), repeats, characters beyond Latin-1 (sixteen-bit keys), and
    // first characters above 0x7F among ASCII ones (keys that differ in the sign bit).
    qt().withExamples(30).forAll(integers().between(IdOrder.RADIX_MIN - 1, 3 * IdOrder.RADIX_MIN),
        integers().between(0, 4), integers().between(0, 1_000_000)).checkAssert((n, shape, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          String[] ids = new String[n];
          for (int i = 0; i < n; i++) {
            int r = random.nextInt(n);
            ids[i] = switch (shape) {
              case 0 -> "D" + r;
              case 1 -> "DED-2026-" + (r % 50) + "-" + random.nextInt(7);
              case 2 -> r % 3 == 0 ? "" : Integer.toString(r % 40, 36);
              case 3 -> (char) (0xFF + r % 3) + "K" + (r % 100);
              // Latin-1 first characters above 0x7F mixed with ASCII: the keys' top bit differs.
              default -> (r % 2 == 0 ? "\u00C9" : r % 3 == 0 ? "\u0080" : "E") + r;
            };
          }
          int[] expected = IntStream.range(0, n).boxed()
              .sorted(Comparator.comparing((Integer i) -> ids[i])).mapToInt(Integer::intValue).toArray();
          assertArrayEquals(expected, IdOrder.of(ids));
        });
  }
}
