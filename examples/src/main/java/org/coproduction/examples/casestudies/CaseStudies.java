package org.coproduction.examples.casestudies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.ValidationException;

/**
 * Real examples of co-production in adult social care, as {@link CoproductionRecord} documents read through
 * {@link CoproductionJson} and checked like any other record.
 *
 * <ul>
 *   <li>{@code inspire-forum}: North Tyneside's Inspire Adult Social Care Improvement Forum and its three
 *       projects (North Tyneside Council, <i>Stronger Together</i>, 2024);</li>
 *   <li>{@code autism-better-together}: the peer-led group that grew from North Tyneside's all-age autism
 *       strategy (same source);</li>
 *   <li>{@code learning-disability-carers-forum}: North Tyneside's forum of carers and family members (same
 *       source);</li>
 *   <li>{@code direct-payments-board}: Shropshire Council's Direct Payments Board, co-chaired by an expert by
 *       experience and the Director of Adult Social Care, its task-and-finish and working groups, and the
 *       "Experts by Experience said → This led to → Which resulted in" table;</li>
 *   <li>{@code scotland-adult-support-and-protection}: the Scottish project that let service users join in
 *       incremental steps and used evaluation diaries (<i>A Project to Support More Effective Involvement of
 *       Service Users in Adult Support and Protection Activity</i>, chapter 5).</li>
 * </ul>
 *
 * <p>Real public bodies are named; people are pseudonymous ({@code p-001}) and no personal details are
 * invented. Where a source gives no date the record says {@code unknown}. Every fact in a record is either in its
 * source or declared in the record's notes as the library's assumption (such as the rungs, which the sources do
 * not name, and levels of involvement); the records carry no scope, impact or commissioning stage the sources do
 * not give.
 *
 * <pre>{@code
 * CoproductionRecord board = CaseStudies.byId("direct-payments-board");
 * board.livedExperienceShare("direct-payments-board");   // 3 of 7 voting members
 * }</pre>
 */
public final class CaseStudies {

    /** The identifiers of the case studies, in the order {@link #all()} returns them. */
    private static final List<String> IDS = List.of("inspire-forum", "autism-better-together",
            "learning-disability-carers-forum", "direct-payments-board", "scotland-adult-support-and-protection");

    private CaseStudies() {
    }

    /** Reads the documents once, on first use. */
    private static final class Loaded {
        static final Map<String, CoproductionRecord> BY_ID = load();

        private static Map<String, CoproductionRecord> load() {
            Map<String, CoproductionRecord> byId = new LinkedHashMap<>();
            for (String id : IDS) {
                byId.put(id, read(id));
            }
            return java.util.Collections.unmodifiableMap(byId);
        }
    }

    /**
     * The identifiers of the case studies.
     *
     * @return the identifiers, such as {@code direct-payments-board}, not null
     */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * Every case study.
     *
     * @return the records, in the order of {@link #ids()}, not null
     * @throws ValidationException if a bundled document is invalid (a fault in the library)
     */
    public static List<CoproductionRecord> all() {
        return List.copyOf(Loaded.BY_ID.values());
    }

    /**
     * One case study.
     *
     * @param id  the case study's identifier, such as {@code direct-payments-board}, not null
     * @return the record, not null
     * @throws NoSuchElementException if there is no such case study, listing the ones there are
     */
    public static CoproductionRecord byId(String id) {
        CoproductionRecord record = Loaded.BY_ID.get(id);
        if (record == null) {
            throw new NoSuchElementException("No case study \"" + id + "\"; the case studies are " + IDS);
        }
        return record;
    }

    /**
     * Reads one bundled document afresh, without the cache, for example to show the library's validation.
     *
     * @param id  the case study's identifier, not null
     * @return the record, not null
     * @throws NoSuchElementException if there is no such document
     * @throws ValidationException if the document is invalid
     */
    public static CoproductionRecord read(String id) {
        String resource = id + ".json";
        try (InputStream in = CaseStudies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NoSuchElementException("No case study document " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CoproductionJson.read(reader, CoproductionRecord.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read case study " + resource, e);
        }
    }
}
