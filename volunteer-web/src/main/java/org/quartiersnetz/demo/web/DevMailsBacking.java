package org.quartiersnetz.demo.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quartiersnetz.demo.boundary.CaughtMail;
import org.quartiersnetz.demo.boundary.DemoData;
import org.quartiersnetz.demo.boundary.MailCatcher;

/**
 * The development mailbox (/dev/mails.xhtml): the mails the catcher kept and, in demo mode, the
 * demo accounts. The page does not exist unless the catcher runs.
 */
@Named("devMails")
@RequestScoped
public class DevMailsBacking {

    @Inject
    MailCatcher catcher;

    @Inject
    DemoData demo;

    private Integer number;

    public void open() throws IOException {
        if (!catcher.isRunning()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    public List<CaughtMail> getMails() {
        return catcher.mails();
    }

    /** The mail chosen to read, if any. */
    public CaughtMail getShown() {
        return number == null
                ? null
                : catcher.mails().stream()
                        .filter(m -> m.number() == number)
                        .findFirst()
                        .orElse(null);
    }

    public List<DemoData.DemoAccount> getDemoAccounts() {
        return catcher.isRunning() ? demo.accounts() : List.of();
    }

    public String getDemoPassword() {
        return DemoData.PASSWORD;
    }

    /** Whether the sign-in page should point to the demo accounts. */
    public boolean isDemoHint() {
        return catcher.isRunning() && demo.isEnabled();
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }
}
