/** The market share KPI (市场份额): share of category at the account and share gained or lost from growth rates. */
@KaStyle
package dev.keyaccount.kpi.share;

import dev.keyaccount.core.KaStyle;
