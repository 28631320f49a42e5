/** Promotion baseline and lift (促销基线与增量): the baseline from unpromoted weeks, incremental volume, lift and the post-promotion dip. */
@KaStyle
package dev.keyaccount.planning.baseline;

import dev.keyaccount.core.KaStyle;
