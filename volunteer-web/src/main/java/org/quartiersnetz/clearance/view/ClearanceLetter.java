package org.quartiersnetz.clearance.view;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.quartiersnetz.clearance.boundary.LetterData;
import org.quartiersnetz.common.view.Texts;

/**
 * Renders the letter a carrier gives a volunteer for the registration office: it confirms the
 * volunteer role, so that the extended certificate of conduct is issued free of charge. Always in
 * German (it is read by a German authority), in DejaVu Sans so that every name prints as written.
 */
@ApplicationScoped
public class ClearanceLetter {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final float MARGIN = 70;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    public byte[] render(LetterData data) {
        String name = data.firstName() + " " + data.lastName();
        String born = data.birthDate() == null
                ? ""
                : Texts.get(GERMAN, "clearance_letter.born", DATE.format(data.birthDate()));
        try (PDDocument document = new PDDocument();
                InputStream fontFile = ClearanceLetter.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(Texts.get(GERMAN, "clearance_letter.title"));
            info.setAuthor(data.carrierName());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                y = paragraph(out, font, 11, y, data.carrierName());
                y = paragraph(out, font, 16, y - 30, Texts.get(GERMAN, "clearance_letter.title"));
                y = paragraph(out, font, 11, y - 4, Texts.get(GERMAN, "clearance_letter.subtitle"));
                y = paragraph(
                        out,
                        font,
                        11,
                        y - 20,
                        Texts.get(GERMAN, "clearance_letter.body", name, born, data.carrierName()));
                y = paragraph(out, font, 11, y - 10, Texts.get(GERMAN, "clearance_letter.freeOfCharge"));
                y = paragraph(out, font, 11, y - 10, Texts.get(GERMAN, "clearance_letter.nothingElse"));
                paragraph(
                        out,
                        font,
                        11,
                        y - 30,
                        Texts.get(
                                GERMAN,
                                "clearance_letter.issued",
                                DATE.format(data.issuedOn()),
                                data.issuedBy(),
                                data.carrierName()));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the clearance letter", e);
        }
    }

    /** Writes text wrapped to the page width from y downwards; answers the y below it. */
    private static float paragraph(PDPageContentStream out, PDType0Font font, float size, float y, String text)
            throws IOException {
        float leading = size * 1.4f;
        for (String line : wrap(font, size, text)) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(line);
            out.endText();
            y -= leading;
        }
        return y;
    }

    private static List<String> wrap(PDType0Font font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : part.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
