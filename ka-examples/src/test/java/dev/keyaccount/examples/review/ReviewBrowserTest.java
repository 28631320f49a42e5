package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import dev.keyaccount.examples.review.report.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review's page in a real browser: Debian's headless Chromium opens review.html of the built-in
 * sample, takes a screenshot (kept as {@code target/review.png}) and dumps the DOM after the page's
 * script ran; every chart must be there and drawn. Skipped without Chromium on a developer's machine;
 * in CI (the variable {@code CI} set) a missing Chromium is a failure.
 */
class ReviewBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** The charts of the sample's page, by id. */
  private static final List<String> SAMPLE_CHARTS = List.of("chart-matrix", "chart-achievement",
      "chart-monthly-sales-cny", "chart-budget-a", "chart-deduction-states-cny", "chart-deduction-states-usd",
      "chart-aging-cny", "chart-trade-spend-cny", "chart-baseline-a-beer-330", "chart-baseline-b-beer-330", "chart-pareto-cny");

  @Test
  void thePageOfTheSample_drawsEveryChartInChromium(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Run run = review("--out", out.toString());
    assertEquals(0, run.status(), run.err());
    Path page = out.resolve("review.html");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertEquals(SAMPLE_CHARTS, svgIds(html), "the charts of the page, in order");

    boolean ci = System.getenv("CI") != null;
    if (!Files.isExecutable(CHROMIUM)) {
      if (ci) {
        fail(CHROMIUM + " is missing in CI; .ci/run installs it with apt-get install chromium");
      }
      Assumptions.abort(CHROMIUM + " is not installed (apt-get install chromium); the browser check is skipped");
    }
    Path screenshot = Path.of("target", "review.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    String url = page.toUri().toString();
    chromium(tmp, "--screenshot=" + screenshot, "--window-size=1280,4000", url);
    assertTrue(Files.isRegularFile(screenshot) && Files.size(screenshot) > 10_000,
        "a screenshot of the page: " + screenshot);
    String dom = chromium(tmp, "--dump-dom", url);
    assertEquals(SAMPLE_CHARTS, svgIds(dom), "every chart is in the DOM");
    for (String id : SAMPLE_CHARTS) {
      assertTrue(dom.contains("<title id=\"" + id + "-title\">"), id + " has its title");
    }
    assertTrue(dom.contains("data-charts-drawn=\"" + SAMPLE_CHARTS.size() + "\""), "the page's script counted every"
        + " chart as drawn");
    assertFalse(dom.contains("<p class=\"" + HtmlReport.CHART_ERROR + "\""), "no chart error on the page");
  }

  private static List<String> svgIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher svg = Pattern.compile("<svg [^>]*\\bid=\"([^\"]+)\"").matcher(html);
    while (svg.find()) {
      ids.add(svg.group(1));
    }
    return ids;
  }

  /** Runs headless Chromium with its own profile folder; returns its standard output, failing on a non-zero exit. */
  private static String chromium(Path tmp, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--disable-gpu", "--no-sandbox",
        "--user-data-dir=" + tmp.resolve("chromium-profile")));
    command.addAll(List.of(args));
    Path stdout = tmp.resolve("chromium.out");
    Path stderr = tmp.resolve("chromium.err");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
        .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish in 120 s: " + command);
    }
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "Chromium's exit status for " + command + "\n" + err);
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
