package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.report.Chart;
import dev.keyaccount.examples.review.report.ConsoleText;
import dev.keyaccount.examples.review.report.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * One numbered section of the review: a heading, tables, notes and charts, in order; rendered
 * terminal-safe. Charts are for the page only; the console shows the tables they are drawn from.
 */
final class Section {

  final String heading;
  final List<Object> parts = new ArrayList<>();

  Section(String heading) {
    this.heading = heading;
  }

  Section table(TextTable table) {
    parts.add(table);
    return this;
  }

  Section chart(Chart chart) {
    if (!chart.isEmpty()) {
      parts.add(chart);
    }
    return this;
  }

  Section note(String note) {
    parts.add(note);
    return this;
  }

  String render() {
    StringBuilder out = new StringBuilder();
    String safeHeading = ConsoleText.safe(heading);
    out.append('\n').append(safeHeading).append('\n').append("=".repeat(TextTable.displayWidth(safeHeading)))
        .append('\n');
    for (Object part : parts) {
      if (part instanceof Chart) {
        continue;
      }
      out.append('\n');
      if (part instanceof TextTable) {
        out.append(((TextTable) part).render());
      } else {
        out.append(ConsoleText.safe(String.valueOf(part))).append('\n');
      }
    }
    return out.toString();
  }
}
