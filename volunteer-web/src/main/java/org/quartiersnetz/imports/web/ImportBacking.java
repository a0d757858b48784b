package org.quartiersnetz.imports.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.imports.boundary.ImportReport;
import org.quartiersnetz.imports.boundary.RowResult;
import org.quartiersnetz.imports.boundary.VolunteerImportService;
import org.quartiersnetz.imports.control.SpreadsheetReader;
import org.quartiersnetz.imports.entity.ImportOutcome;
import org.quartiersnetz.imports.view.ReasonText;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The import page (staff/import.xhtml): upload a spreadsheet, see the dry run row by row, then
 * import the very file that was checked. Carrier staff and coordinators only; anyone else gets 404.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "upload";

    @Inject
    VolunteerImportService imports;

    @Inject
    CurrentUser currentUser;

    private transient Part file;
    private byte[] checked;
    private String fileName;
    private ImportReport report;

    @PostConstruct
    void onlyCarrierStaff() {
        if (!currentUser.caller().isCarrierStaff()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    /** Reads the uploaded file and shows what importing it would do; nothing is stored. */
    public void dryRun() throws IOException {
        checked = null;
        report = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("staff_import.file.required");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            Optional<byte[]> read = FacesMessages.attempt(FORM, () -> readLimited(in));
            if (read.isEmpty()) {
                return;
            }
            content = read.get();
        }
        String name = file.getSubmittedFileName();
        FacesMessages.attempt(FORM, () -> imports.dryRun(currentUser.caller(), content, RequestLocale.get()))
                .ifPresent(dry -> {
                    report = dry;
                    checked = content;
                    fileName = name;
                });
    }

    /** Imports the file of the dry run shown: the rows not refused, in one transaction. */
    public void importChecked() {
        if (checked == null) {
            return;
        }
        FacesMessages.attempt(
                        FORM, () -> imports.importFile(currentUser.caller(), checked, fileName, RequestLocale.get()))
                .ifPresent(done -> {
                    report = done;
                    checked = null;
                    FacesMessages.info(
                            "staff_import.done",
                            done.count(ImportOutcome.CREATED),
                            done.count(ImportOutcome.UPDATED),
                            done.count(ImportOutcome.REFUSED));
                });
    }

    public void downloadTemplate(String format, String language) throws IOException {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
        boolean xlsx = "xlsx".equals(format);
        byte[] template = imports.template(currentUser.caller(), xlsx, locale);
        Faces.sendFile(template, ("en".equals(language) ? "volunteers" : "ehrenamtliche") + "." + format, true);
    }

    private static byte[] readLimited(InputStream in) {
        try {
            return SpreadsheetReader.readLimited(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String reasons(RowResult row) {
        return String.join("; ", ReasonText.of(RequestLocale.get(), row.reasons()));
    }

    public long count(String outcome) {
        return report == null ? 0 : report.count(ImportOutcome.valueOf(outcome));
    }

    public List<RowResult> getRows() {
        return report == null ? List.of() : report.rows();
    }

    public boolean isChecked() {
        return report != null;
    }

    /** The dry run is shown and its file may now be imported. */
    public boolean isImportable() {
        return checked != null
                && report != null
                && report.count(ImportOutcome.REFUSED) < report.rows().size();
    }

    public boolean isDryRun() {
        return report != null && report.isDryRun();
    }

    public String getFileName() {
        return fileName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
