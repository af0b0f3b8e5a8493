package no.smertereg.access.review;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.access.CurrentUser;

@RestController
@Tag(name = "Gjennomgang av brukerlisten / user-list review")
class ReviewController {

    record ReviewResult(List<String> confirm, List<String> remove) {
    }

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Operation(summary = "Open user-list reviews (A6)",
            description = "A user administrator gets the open review of each of their units with every user, "
                    + "their roles and last login; the registry leader (SC) gets every review overdue by 14 days.")
    @GetMapping("/api/access/reviews")
    List<ReviewService.Review> reviews() {
        return reviews.reviews(CurrentUser.get());
    }

    @Operation(summary = "Complete a review: confirm or remove every user of the unit",
            description = "Removed users lose their roles in the unit (a user left with none leaves the user list; "
                    + "what they registered stays). 400 names users missing, unknown or in both lists.")
    @PostMapping("/api/access/reviews/{taskId}")
    void complete(@PathVariable String taskId, @RequestBody ReviewResult result) {
        reviews.complete(CurrentUser.get(), taskId, result.confirm(), result.remove());
    }
}
