/**
 * The "you said, we did" loop: feedback items people raised, the actions taken, the outcomes they resulted
 * in, or an honest "we could not, because", with a status worked out from what is recorded.
 */
package org.coproduction.core.feedback;
