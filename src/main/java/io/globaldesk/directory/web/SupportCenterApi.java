package io.globaldesk.directory.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.globaldesk.directory.SupportCenter;
import io.globaldesk.directory.SupportCenters;
import io.globaldesk.platform.web.validation.TimeZoneId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/support-centers")
@PreAuthorize("hasRole('AGENT')")
class SupportCenterApi {

    enum Weekday {
        MON, TUE, WED, THU, FRI, SAT, SUN;

        DayOfWeek toDayOfWeek() {
            return DayOfWeek.of(ordinal() + 1);
        }

        static Weekday of(DayOfWeek day) {
            return values()[day.getValue() - 1];
        }
    }

    record HoursBody(@NotEmpty @Size(max = 7) List<@NotNull Weekday> days, @NotNull LocalTime from, @NotNull LocalTime to) {
    }

    record CenterBody(@NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
                      @NotBlank @Size(max = 200) String name,
                      @NotBlank @TimeZoneId String timeZone,
                      @NotNull @Size(max = 21) List<@Valid @NotNull HoursBody> workingHours,
                      @Size(max = 400) List<@NotNull LocalDate> holidays) {

        SupportCenters.Draft toDraft() {
            return new SupportCenters.Draft(code.toUpperCase(java.util.Locale.ROOT), name.strip(), ZoneId.of(timeZone),
                    workingHours.stream().map(h -> new SupportCenter.WorkingHours(
                            h.days().stream().map(Weekday::toDayOfWeek).toList(), h.from(), h.to())).toList(),
                    holidays == null ? List.of() : holidays.stream().distinct().map(d -> new SupportCenter.Holiday(d, "")).toList());
        }
    }

    record HoursView(List<Weekday> days, LocalTime from, LocalTime to) {
    }

    record CenterView(UUID id, String code, String name, String timeZone, List<HoursView> workingHours,
                      List<LocalDate> holidays, List<SupportCenter.Holiday> holidayCalendar, UUID onCallAgentId,
                      boolean active) {
        static CenterView of(SupportCenter c) {
            return new CenterView(c.id(), c.code(), c.name(), c.timeZone().getId(),
                    c.workingHours().stream().map(h -> new HoursView(h.days().stream().map(Weekday::of).toList(), h.from(), h.to())).toList(),
                    c.holidays().stream().map(SupportCenter.Holiday::day).toList(), c.holidays(), c.onCallAgentId(), c.active());
        }
    }

    private final SupportCenters centers;

    SupportCenterApi(SupportCenters centers) {
        this.centers = centers;
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    ResponseEntity<CenterView> create(@Valid @RequestBody CenterBody body) {
        SupportCenter center = centers.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/support-centers/" + center.id())).body(CenterView.of(center));
    }

    @GetMapping
    List<CenterView> list() {
        return centers.all().stream().map(CenterView::of).toList();
    }

    @GetMapping("/{id}")
    CenterView get(@PathVariable UUID id) {
        return CenterView.of(centers.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    CenterView update(@PathVariable UUID id, @Valid @RequestBody CenterBody body) {
        return CenterView.of(centers.update(id, body.toDraft()));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    CenterView deactivate(@PathVariable UUID id) {
        return CenterView.of(centers.setActive(id, false));
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    CenterView activate(@PathVariable UUID id) {
        return CenterView.of(centers.setActive(id, true));
    }
}
