/** Promotion lead time (提前期): days from submission to start, a policy minimum and the report of late submissions. */
@KaStyle
package dev.keyaccount.planning.leadtime;

import dev.keyaccount.core.KaStyle;
