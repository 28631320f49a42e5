/** Target decomposition (目标分解): exact splits of a target by period, account and store, and the check of a decomposition against its target. */
@KaStyle
package dev.keyaccount.planning.target;

import dev.keyaccount.core.KaStyle;
