// Imports the co-production library's whole public API (used by bin/jshell).
import org.coproduction.core.activity.*;
import org.coproduction.core.feedback.*;
import org.coproduction.core.json.*;
import org.coproduction.core.ladder.*;
import org.coproduction.core.participant.*;
import org.coproduction.core.project.*;
import org.coproduction.core.proportionality.*;
import org.coproduction.core.recording.*;
import org.coproduction.core.source.*;
import org.coproduction.core.time.*;
import org.coproduction.core.validation.*;
import org.coproduction.core.value.*;
import org.coproduction.measures.*;
