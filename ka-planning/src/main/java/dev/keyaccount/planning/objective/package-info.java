/** Objectives (目标) for the planning metrics and the SMART check (明确性, 可量性, 实操性, 时间性). */
@KaStyle
package dev.keyaccount.planning.objective;

import dev.keyaccount.core.KaStyle;
