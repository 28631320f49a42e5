package dev.keyaccount.examples.review.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of one chart of the review page (图表): bars, one per label, or lines, one value per
 * category for each series. Filled by a section as it computes, drawn by {@link SvgChart}.
 *
 * <p>Bounded at any input size: a bar chart keeps its first {@link #MAX_BARS} bars and counts the
 * rest; a line chart keeps its first {@link #MAX_BARS} categories and its first {@link #MAX_SERIES}
 * series. Each value carries the text shown for it (an amount with its currency, a percentage), so the
 * chart prints what the tables print. Not thread-safe: a section fills it, then hands it on.
 */
public final class Chart {

  /** Bars (or categories of a line chart) kept per chart; further ones are only counted. */
  public static final int MAX_BARS = 50;

  /** Series kept per line chart. */
  public static final int MAX_SERIES = 8;

  /** The two kinds of chart. */
  public enum Kind {
    /** Horizontal bars, one per label. */
    BAR,
    /** Lines over categories (months), one per series. */
    LINE
  }

  /**
   * One drawn value.
   *
   * @param label the bar's or category's label
   * @param value the value, for the geometry
   * @param shown the value as printed
   */
  public record Point(String label, double value, String shown) {
    /**
     * Checks the point.
     *
     * @param label the label
     * @param value the value
     * @param shown the printed value
     */
    public Point {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(shown, "shown");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("Argument 'value' must be finite but has value " + value);
      }
    }
  }

  /**
   * One line of a line chart.
   *
   * @param name the series name, shown in the legend
   * @param points one point per category, in category order
   */
  public record Series(String name, List<Point> points) {
    /**
     * Copies the points.
     *
     * @param name the name
     * @param points the points
     */
    public Series {
      Objects.requireNonNull(name, "name");
      points = List.copyOf(points);
    }
  }

  private final Kind kind;
  private final String id;
  private final String title;
  private final String unit;
  private final List<Point> bars = new ArrayList<>();
  private final List<String> categories = new ArrayList<>();
  private final List<Series> series = new ArrayList<>();
  private long omitted;
  private long omittedSeries;
  private Double reference;
  private String referenceLabel = "";

  private Chart(Kind kind, String id, String title, String unit) {
    this.kind = kind;
    this.id = safeId(Objects.requireNonNull(id, "id"));
    this.title = Objects.requireNonNull(title, "title");
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /**
   * Starts a bar chart.
   *
   * @param id the chart's id in the page, made of letters, digits and {@code -} (other characters
   *     become {@code -})
   * @param title the title
   * @param unit what the values measure, shown under the axis
   * @return the empty chart
   */
  public static Chart bars(String id, String title, String unit) {
    return new Chart(Kind.BAR, id, title, unit);
  }

  /**
   * Starts a line chart over categories.
   *
   * @param id the chart's id in the page
   * @param title the title
   * @param unit what the values measure
   * @param categories the categories along the x axis, in order (the first {@link #MAX_BARS} are kept)
   * @return the chart without series
   */
  public static Chart lines(String id, String title, String unit, List<String> categories) {
    Chart chart = new Chart(Kind.LINE, id, title, unit);
    chart.categories.addAll(categories.subList(0, Math.min(categories.size(), MAX_BARS)));
    chart.omitted = categories.size() - chart.categories.size();
    return chart;
  }

  /**
   * Adds a bar, or counts it once the chart is full.
   *
   * @param label the label
   * @param value the value
   * @param shown the value as printed
   * @return this chart
   * @throws IllegalStateException if this is a line chart
   */
  public Chart bar(String label, double value, String shown) {
    if (kind != Kind.BAR) {
      throw new IllegalStateException("Chart '" + id + "' is a line chart; add series, not bars");
    }
    Point point = new Point(label, value, shown);
    if (bars.size() < MAX_BARS) {
      bars.add(point);
    } else {
      omitted++;
    }
    return this;
  }

  /**
   * Adds a series to a line chart, one value per category (extra values beyond the kept categories are
   * dropped), or counts it once the chart has {@link #MAX_SERIES}.
   *
   * @param name the series name
   * @param values the values, as points labelled by their category
   * @return this chart
   * @throws IllegalStateException if this is a bar chart
   * @throws IllegalArgumentException if there are fewer values than kept categories
   */
  public Chart series(String name, List<Point> values) {
    if (kind != Kind.LINE) {
      throw new IllegalStateException("Chart '" + id + "' is a bar chart; add bars, not series");
    }
    if (values.size() < categories.size()) {
      throw new IllegalArgumentException("Argument 'values' must have " + categories.size() + " points but has "
          + values.size());
    }
    if (series.size() < MAX_SERIES) {
      series.add(new Series(name, values.subList(0, categories.size())));
    } else {
      omittedSeries++;
    }
    return this;
  }

  /**
   * Adds a dashed reference line, such as the target at 100%.
   *
   * @param value where the line is
   * @param label its label
   * @return this chart
   */
  public Chart reference(double value, String label) {
    this.reference = value;
    this.referenceLabel = Objects.requireNonNull(label, "label");
    return this;
  }

  /**
   * The kind of chart.
   *
   * @return bars or lines
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The chart's id in the page, letters, digits and {@code -} only, lower case, starting with
   * {@code chart-}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * What the values measure.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * The bars kept, in the order added.
   *
   * @return the bars
   */
  public List<Point> bars() {
    return List.copyOf(bars);
  }

  /**
   * The categories of a line chart.
   *
   * @return the categories kept
   */
  public List<String> categories() {
    return List.copyOf(categories);
  }

  /**
   * The series of a line chart.
   *
   * @return the series kept
   */
  public List<Series> series() {
    return List.copyOf(series);
  }

  /**
   * The bars (or categories) counted but not kept.
   *
   * @return how many
   */
  public long omitted() {
    return omitted;
  }

  /**
   * The series counted but not kept.
   *
   * @return how many
   */
  public long omittedSeries() {
    return omittedSeries;
  }

  /**
   * The reference line, if any.
   *
   * @return its value, or null
   */
  public Double reference() {
    return reference;
  }

  /**
   * The reference line's label.
   *
   * @return the label, empty without a line
   */
  public String referenceLabel() {
    return referenceLabel;
  }

  /**
   * Whether the chart has anything to draw.
   *
   * @return false when there is no bar, or no series or category
   */
  public boolean isEmpty() {
    return kind == Kind.BAR ? bars.isEmpty() : series.isEmpty() || categories.isEmpty();
  }

  private static String safeId(String id) {
    String cleaned = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    if (cleaned.length() > 60) {
      cleaned = cleaned.substring(0, 60);
    }
    return cleaned.startsWith("chart-") ? cleaned : "chart-" + cleaned;
  }
}
