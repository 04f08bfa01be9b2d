package org.coproduction.core.internal;

import org.coproduction.core.api.Internal;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;

/**
 * The public documents the library's checks and findings cite, written once so that every finding names
 * its source the same way.
 */
@Internal
public final class Sources {

    /** The Scottish adult support and protection project, chapter 5. */
    public static final Citation SCOTLAND_ASP = Citation.builder()
            .reference("A Project to Support More Effective Involvement of Service Users in Adult Support and "
                    + "Protection Activity, Chapter 5: Conclusions (Scotland)")
            .status(SourceStatus.VERIFIED).build();

    /** North Tyneside Council's co-production plan. */
    public static final Citation STRONGER_TOGETHER = Citation.builder()
            .reference("North Tyneside Council Adult Social Care, Stronger Together: Developing Co-production in "
                    + "Adult Social Care (July 2024, v1.0, approved 14 August 2024)")
            .status(SourceStatus.VERIFIED).build();

    /** A council's Care Act 2014 procedures chapter on co-production. */
    public static final Citation CARE_ACT_PROCEDURES = Citation.builder()
            .reference("Care Act 2014 procedures: co-production and involving adults who use services, section 3")
            .status(SourceStatus.VERIFIED).build();

    /**
     * Rich Watts's account of the Department of Health's criteria for disabled people's user-led organisations:
     * secondary, as the Department's own document has not been read.
     */
    public static final Citation DPULO_CRITERIA = Citation.builder()
            .reference("Rich Watts, History of DPULOs and the policy context (blog post), giving the Department "
                    + "of Health's characteristics of disabled people's user-led organisations")
            .status(SourceStatus.SECONDARY)
            .note("The Department of Health's own criteria document has not been read; the post lists the "
                    + "values and characteristics as \"including\", so the list may not be complete.")
            .build();

    private Sources() {
    }
}
