package org.quartiersnetz.offer.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.common.boundary.TextsInput;
import org.quartiersnetz.common.entity.Chronological;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.offer.entity.Offer;

/** An offer as staff enter it (a class, not a record: see {@code CarrierInput}). */
@Chronological(message = "{org.quartiersnetz.offer.untilBeforeFrom.message}")
public class OfferInput extends TextsInput implements Chronological.Span {

    /** The id of one of the own carrier's sites. */
    @NotNull
    private Long site;

    @NotEmpty
    @Size(max = Offer.MAX_TIMES)
    private List<@NotNull @Valid WeeklyTime> times = new ArrayList<>();

    @Size(max = Offer.MAX_LANGUAGES)
    private List<@NotNull @LanguageCode String> languages = new ArrayList<>();

    private LocalDate validFrom;

    private LocalDate validUntil;

    @Size(max = Offer.MAX_CANCELLATIONS)
    private List<@NotNull LocalDate> cancellations = new ArrayList<>();

    /** The input that keeps an offer as it is, for editing. */
    public static OfferInput of(Offer offer) {
        OfferInput input = new OfferInput();
        input.site = offer.getSite().getId();
        input.showTexts(offer.getTexts());
        input.times = new ArrayList<>(offer.getTimes());
        input.languages = new ArrayList<>(offer.getLanguages());
        input.validFrom = offer.getValidFrom();
        input.validUntil = offer.getValidUntil();
        input.cancellations = new ArrayList<>(offer.getCancellations());
        return input;
    }

    @Override
    @JsonbTransient
    public boolean isReversed() {
        return validFrom != null && validUntil != null && validUntil.isBefore(validFrom);
    }

    @Override
    public String endField() {
        return "validUntil";
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public List<WeeklyTime> getTimes() {
        return times;
    }

    public void setTimes(List<WeeklyTime> times) {
        this.times = times;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public List<LocalDate> getCancellations() {
        return cancellations;
    }

    public void setCancellations(List<LocalDate> cancellations) {
        this.cancellations = cancellations;
    }
}
