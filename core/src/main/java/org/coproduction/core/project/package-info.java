/**
 * Projects and ongoing groups: purpose and aims, the rung they are at and aim for, governance (chairs,
 * co-chairs, voting members and the share with lived experience), phases, terms of reference, evidence and
 * baseline, and the constraints that limit them.
 */
package org.coproduction.core.project;
