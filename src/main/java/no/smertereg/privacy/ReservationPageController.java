package no.smertereg.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;

/** The secretariat's reservations page: log a received reservation, register the open ones before their deadline. */
@Controller
class ReservationPageController {

    private final Reservations reservations;
    private final PageMessages messages;

    ReservationPageController(Reservations reservations, PageMessages messages) {
        this.reservations = reservations;
        this.messages = messages;
    }

    @GetMapping("/reservasjoner")
    String page(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/reservasjoner")
    String receive(@RequestParam Map<String, String> params, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            reservations.receive(params.get("patient"), PageInput.option(ReservationChannel.class,
                    params.get("channel"), "channel"), PageInput.date(params.get("receivedOn"), "receivedOn"));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, params, messages.byField(e));
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(model, params, Map.of("patient", messages.of(e)));
        }
        redirect.addFlashAttribute("message", "reservations.received.done");
        return "redirect:/reservasjoner";
    }

    @PostMapping("/reservasjoner/{id}/registrering")
    String register(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            reservations.register(id);
            redirect.addFlashAttribute("message", "reservations.registered.done");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:/reservasjoner";
    }

    private String page(Model model, Map<String, String> values, Map<String, String> problems) {
        model.addAttribute("open", reservations.open());
        model.addAttribute("recent", reservations.recentlyRegistered());
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("channels", ReservationChannel.values());
        model.addAttribute("values", new LinkedHashMap<>(values));
        model.addAttribute("problems", problems);
        return "privacy/reservations";
    }
}
