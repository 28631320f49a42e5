/** Sales cadence (销量均衡度): each period's share of the total, a balance index, and a flag on a last-period rush. */
@KaStyle
package dev.keyaccount.kpi.cadence;

import dev.keyaccount.core.KaStyle;
