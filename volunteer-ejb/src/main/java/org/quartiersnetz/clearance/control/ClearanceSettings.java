package org.quartiersnetz.clearance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The periods of the §72a rules, from MicroProfile Config as ISO-8601 periods (environment
 * variables QN_CLEARANCE_MAX_CERTIFICATE_AGE, QN_CLEARANCE_RENEWAL_AFTER,
 * QN_CLEARANCE_NO_ACTIVITY_GRACE, QN_CLEARANCE_KEEP_AFTER_ACTIVITY).
 */
@ApplicationScoped
public class ClearanceSettings {

    @Inject
    @ConfigProperty(name = "qn.clearance.max.certificate.age", defaultValue = "P3M")
    Period maxCertificateAge;

    @Inject
    @ConfigProperty(name = "qn.clearance.renewal.after", defaultValue = "P5Y")
    Period renewalAfter;

    /**
     * §72a(5) wants deletion "at once" when no activity is taken up; activity starts weeks after the
     * inspection, so "at once" means: when none has been recorded this long after the inspection.
     */
    @Inject
    @ConfigProperty(name = "qn.clearance.no.activity.grace", defaultValue = "P3M")
    Period noActivityGrace;

    @Inject
    @ConfigProperty(name = "qn.clearance.keep.after.activity", defaultValue = "P6M")
    Period keepAfterActivity;

    public ClearanceRules rules() {
        return new ClearanceRules(maxCertificateAge, renewalAfter, noActivityGrace, keepAfterActivity);
    }
}
