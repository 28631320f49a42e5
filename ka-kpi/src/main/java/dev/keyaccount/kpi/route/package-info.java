/** Visit route planning (拜访路线计划): a weekly visit schedule per rep from store quadrants and rep capacity, and a visit log's arrival and success rates against it. */
@KaStyle
package dev.keyaccount.kpi.route;

import dev.keyaccount.core.KaStyle;
