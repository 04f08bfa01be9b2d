/**
 * The same instrument answered by people with lived experience and by professionals: where they differ, by
 * how much, and the combined placement (by default the lower of the two).
 */
package org.coproduction.assessment.perspective;
