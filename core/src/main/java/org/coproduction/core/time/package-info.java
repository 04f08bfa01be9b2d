/**
 * Dates as sources give them: {@link org.coproduction.core.time.PartialDate} holds a day, a month or
 * only a year, so that published case studies are recorded without invented days.
 */
package org.coproduction.core.time;
