/**
 * Channel health: weeks of cover of customer inventory with a stuffing (压货) flag, and channel or
 * brand/pack mix against planned proportions.
 */
@KaStyle
package dev.keyaccount.kpi.channel;

import dev.keyaccount.core.KaStyle;
