package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.report.TextTable;
import java.util.ArrayList;
import java.util.List;

/** One numbered section of the review: a heading, tables and notes, in order. */
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

  Section note(String note) {
    parts.add(note);
    return this;
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append('\n').append(heading).append('\n').append("=".repeat(TextTable.displayWidth(heading))).append('\n');
    for (Object part : parts) {
      out.append('\n');
      if (part instanceof TextTable) {
        out.append(((TextTable) part).render());
      } else {
        out.append(part).append('\n');
      }
    }
    return out.toString();
  }
}
