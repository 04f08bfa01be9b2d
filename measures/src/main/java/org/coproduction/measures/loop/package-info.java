/**
 * Feedback-loop closure: how many "you said" items were closed with "we did … which resulted in" or an
 * honest "we could not, because" explained back, and how long closing took (median and 90th percentile,
 * exact and mergeable through a histogram of whole days). Records can come from the core domain's
 * {@link org.coproduction.core.feedback.FeedbackItem} ({@link org.coproduction.measures.loop.LoopItem#from})
 * or be built directly by a researcher from dates.
 *
 * <p>Sources: Shropshire Council's "Experts by Experience said → This led to → Which resulted in" table;
 * North Tyneside Council, <i>Stronger Together</i> (2024), which commits to explain openly why an idea cannot
 * be implemented. The measures themselves are the library's own.
 */
package org.coproduction.measures.loop;
