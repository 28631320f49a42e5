package dev.keyaccount.planning.promotion;

/**
 * The six major holidays whose DM slots (DM档期, the retailer's printed flyer) a KAM must win (全力拿下6大节假日DM档期).
 * Their dates move with the lunar calendar, so each year's slots are given as {@link CalendarSlot}s.
 */
public enum Holiday {
  /** New Year's Day (元旦). */
  NEW_YEAR,
  /** Spring Festival, Chinese New Year (春节). */
  SPRING_FESTIVAL,
  /** Labour Day, 1 May (五一). */
  LABOUR_DAY,
  /** Dragon Boat Festival (端午). */
  DRAGON_BOAT,
  /** Mid-Autumn Festival (中秋). */
  MID_AUTUMN,
  /** National Day, 1 October (国庆). */
  NATIONAL_DAY
}
